using SpineConformance.Simulator.Persistence.Postgres;

namespace SpineConformance.Simulator.Tests.Persistence.Postgres;

/// <summary>
/// Two simulator "replicas" in one process: each its own <see cref="PostgresDatabase"/> (its own connection pool), as two
/// processes would have, on one fresh database that is dropped when this is disposed.
/// </summary>
internal sealed class TwoReplicas : IAsyncDisposable
{
    private TwoReplicas(string connectionString, PostgresDatabase first, PostgresDatabase second)
    {
        ConnectionString = connectionString;
        First = first;
        Second = second;
    }

    public string ConnectionString { get; }

    public PostgresDatabase First { get; }

    public PostgresDatabase Second { get; }

    public static async Task<TwoReplicas> StartAsync()
    {
        TestPostgres.Cluster();
        var connection = await TestPostgres.CreateMigratedDatabaseAsync();
        var first = new PostgresDatabase(connection);
        var second = new PostgresDatabase(connection);
        await Task.WhenAll(first.MigrateAsync(CancellationToken.None), second.MigrateAsync(CancellationToken.None));
        return new TwoReplicas(connection, first, second);
    }

    public async ValueTask DisposeAsync()
    {
        await First.DisposeAsync();
        await Second.DisposeAsync();
        await TestPostgres.DropDatabaseAsync(ConnectionString);
    }
}
