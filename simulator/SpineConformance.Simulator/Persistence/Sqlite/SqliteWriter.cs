using Microsoft.Data.Sqlite;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>
/// The connection that writes, held alone until disposed: <see cref="SqliteDatabase"/> hands out one turn at a time. SQLite
/// lets one connection write at once, and a second that finds the file locked gets SQLITE_BUSY, which Microsoft.Data.Sqlite
/// answers by sleeping 150 ms before it tries again; under concurrent requests most of a request's time went in that sleep.
/// Waiting for the writer instead queues writes in order and starts the next as soon as the one before commits.
/// The connection outlives the turn, and so do the statements it has prepared (<see cref="Prepared(string, SqliteTransaction?)"/>): opening a
/// connection, setting its pragmas and compiling each statement again cost more than most writes themselves.
/// </summary>
internal sealed class SqliteWriter : IDisposable, IAsyncDisposable
{
    private readonly SqliteDatabase database;
    private SemaphoreSlim? turn;

    public SqliteWriter(SqliteDatabase database, SqliteConnection connection, SemaphoreSlim? turn)
    {
        this.database = database;
        Connection = connection;
        this.turn = turn;
    }

    public SqliteConnection Connection { get; }

    /// <summary>A new command, disposed by its caller; for statements run rarely (migrations, resets, pruning).</summary>
    public SqliteCommand CreateCommand() => Connection.CreateCommand();

    /// <summary>
    /// The command for <paramref name="sql"/>, compiled once and kept for the writer's next turns: in <paramref name="transaction"/>,
    /// with no parameters yet. It belongs to the writer: the caller adds its parameters and runs it, and never disposes it.
    /// </summary>
    public SqliteCommand Prepared(string sql, SqliteTransaction? transaction) => database.PreparedCommand(Connection, sql, transaction);

    /// <summary>
    /// As <see cref="Prepared(string, SqliteTransaction?)"/>, with the parameters <paramref name="parameterNames"/> in that
    /// order, made once and kept with the command: the caller sets every one's value (by index) before each run, for a
    /// statement run once per row of a batch.
    /// </summary>
    public SqliteCommand Prepared(string sql, SqliteTransaction? transaction, string[] parameterNames) =>
        database.PreparedCommand(Connection, sql, transaction, parameterNames);

    public SqliteTransaction BeginTransaction() => Connection.BeginTransaction(deferred: false);

    public void Dispose() => End();

    public ValueTask DisposeAsync()
    {
        End();
        return ValueTask.CompletedTask;
    }

    private void End()
    {
        if (Interlocked.Exchange(ref turn, null) is { } held)
        {
            database.TurnEnded(Connection);
            held.Release();
        }
    }
}
