using Npgsql;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Persistence.Postgres;

namespace SpineConformance.Simulator.Tests.Persistence.Postgres;

/// <summary>Issue 20: migrations run once however many replicas start together, and a newer schema stops an older replica.</summary>
public sealed class PostgresMigrationTests
{
    [Test]
    public async Task ReplicasStartingTogether_OnAnEmptyDatabase_MigrateItOnce()
    {
        TestPostgres.Cluster();
        var connection = await TestPostgres.CreateEmptyDatabaseAsync();
        var replicas = Enumerable.Range(0, 4).Select(_ => new PostgresDatabase(connection)).ToList();
        try
        {
            await Task.WhenAll(replicas.Select(r => r.MigrateAsync(CancellationToken.None)));

            Assert.That(replicas.Count(r => r.WasCreated), Is.EqualTo(1), "one replica found the database empty; the others waited for it");
            await using var command = replicas[0].DataSource.CreateCommand("SELECT array_agg(version ORDER BY version) FROM schema_version;");
            Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(Enumerable.Range(1, PostgresDatabase.KnownVersion).ToArray()), "each migration recorded once");
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }

            await TestPostgres.DropDatabaseAsync(connection);
        }
    }

    [Test]
    public async Task ADatabaseMigratedByANewerSimulator_StopsTheStart_NamingBothVersions()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        var newer = PostgresDatabase.KnownVersion + 1;
        await using (var command = replicas.First.DataSource.CreateCommand($"INSERT INTO schema_version (version) VALUES ({newer});"))
        {
            await command.ExecuteNonQueryAsync();
        }

        await using var older = new PostgresDatabase(replicas.ConnectionString);
        var refused = Assert.ThrowsAsync<StoreStartException>(() => older.MigrateAsync(CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain($"schema version {newer}").And.Contain($"knows ({PostgresDatabase.KnownVersion})"));
        Assert.That(() => replicas.Second.MigrateAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(20)),
            Throws.InstanceOf<InvalidOperationException>().With.Message.Contains($"schema version {newer}"), "the refusing replica let go of the migration lock");
    }

    [Test]
    public async Task AServerThatIsNotThere_StopsTheStart_SayingWhichDatabase()
    {
        TestPostgres.Cluster();
        var nowhere = new NpgsqlConnectionStringBuilder(TestPostgres.Cluster()) { Database = "no_such_database_for_spine", Timeout = 5 }.ConnectionString;
        await using var database = new PostgresDatabase(nowhere);

        var refused = Assert.ThrowsAsync<PostgresException>(() => database.MigrateAsync(CancellationToken.None));

        Assert.That(refused!.Message, Does.Contain("no_such_database_for_spine"));
    }
}
