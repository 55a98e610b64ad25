using Npgsql;
using SpineConformance.Simulator.Persistence.Postgres;

namespace SpineConformance.Simulator.Tests.Persistence.Postgres;

/// <summary>
/// The PostgreSQL cluster the tests use, named by the environment variable <c>SPINE_TEST_POSTGRES</c> (a connection string,
/// as <c>eng/postgres.sh start DIR</c> prints it; <c>eng/test.sh</c> starts one and sets it). Each caller gets a fresh
/// database of its own, cloned from a template migrated once per run (cloning is much faster than migrating), and drops
/// it when done. Without the variable a test is ignored, or fails when <c>CI</c> or <c>SPINE_REQUIRE_POSTGRES</c> is set.
/// </summary>
internal static class TestPostgres
{
    public const string Variable = "SPINE_TEST_POSTGRES";

    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);
    private static int databases;

    /// <summary>The cluster's connection string; ignores or fails the calling test when none is configured.</summary>
    public static string Cluster()
    {
        if (Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } connection)
        {
            return connection;
        }

        var message = $"No PostgreSQL for the PostgreSQL store tests: set {Variable} to a connection string, e.g. start a throwaway cluster with "
            + "'eng/postgres.sh start /tmp/spine-pg' and export SPINE_TEST_POSTGRES=\"$(cat /tmp/spine-pg/connection-string)\" (eng/test.sh does this).";
        if (Environment.GetEnvironmentVariable("CI") is { Length: > 0 } || Environment.GetEnvironmentVariable("SPINE_REQUIRE_POSTGRES") is { Length: > 0 })
        {
            Assert.Fail(message);
        }

        Assert.Ignore(message);
        return string.Empty;
    }

    /// <summary>A new database with the current schema; its connection string.</summary>
    public static async Task<string> CreateMigratedDatabaseAsync() => await CreateDatabaseAsync(await Template.Value);

    /// <summary>A new, empty database (no schema); its connection string.</summary>
    public static Task<string> CreateEmptyDatabaseAsync() => CreateDatabaseAsync("template0");

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database!;
        await using var admin = NpgsqlDataSource.Create(Cluster());
        await using var command = admin.CreateCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE);");
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> CreateDatabaseAsync(string template)
    {
        var name = $"spine_test_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}";
        await using (var admin = NpgsqlDataSource.Create(Cluster()))
        await using (var command = admin.CreateCommand($"CREATE DATABASE \"{name}\" TEMPLATE \"{template}\";"))
        {
            await command.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(Cluster()) { Database = name }.ConnectionString;
    }

    // Migrated once, then left without connections: PostgreSQL copies a template only while no one is connected to it.
    private static async Task<string> CreateTemplateAsync()
    {
        var connection = await CreateDatabaseAsync("template0");
        await using (var database = new PostgresDatabase(connection))
        {
            await database.MigrateAsync(CancellationToken.None);
        }

        NpgsqlConnection.ClearAllPools();
        return new NpgsqlConnectionStringBuilder(connection).Database!;
    }
}
