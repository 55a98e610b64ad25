using Microsoft.Data.Sqlite;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>
/// A connection that may write, held alone until disposed: <see cref="SqliteDatabase"/> hands out one at a time. SQLite
/// lets one connection write at once, and a second that finds the file locked gets SQLITE_BUSY, which Microsoft.Data.Sqlite
/// answers by sleeping 150 ms before it tries again; under concurrent requests most of a request's time went in that sleep.
/// Waiting for the writer instead queues writes in order and starts the next as soon as the one before commits.
/// </summary>
internal sealed class SqliteWriter : IDisposable, IAsyncDisposable
{
    private SemaphoreSlim? turn;

    public SqliteWriter(SqliteConnection connection, SemaphoreSlim turn)
    {
        Connection = connection;
        this.turn = turn;
    }

    public SqliteConnection Connection { get; }

    public SqliteCommand CreateCommand() => Connection.CreateCommand();

    public SqliteTransaction BeginTransaction() => Connection.BeginTransaction(deferred: false);

    public void Dispose()
    {
        Connection.Dispose();
        Interlocked.Exchange(ref turn, null)?.Release();
    }

    public async ValueTask DisposeAsync()
    {
        await Connection.DisposeAsync();
        Interlocked.Exchange(ref turn, null)?.Release();
    }
}
