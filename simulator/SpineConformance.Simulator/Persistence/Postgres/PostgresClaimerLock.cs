using Npgsql;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// A session-level advisory lock on one connection of its own, held for as long as its outbox lives: while it is held the
/// claimer is alive. A process killed outright (SIGKILL, a crash) has its connections closed by the server, which frees the
/// lock at once, so other replicas take its claims without waiting for their lease (<see cref="PostgresOutbox"/>). A lost
/// connection is opened and locked again before the next claim; meanwhile other replicas may take this claimer's claims,
/// and the reply it is sending may be sent once more (at least once, as ebXML reliable messaging allows: the receiving
/// MHS drops a message id it has seen).
/// </summary>
internal sealed class PostgresClaimerLock : IAsyncDisposable
{
    /// <summary>The advisory lock class of claimer locks (the first key of the two-key form); "OBOX" in ASCII.</summary>
    public const int LockClass = 0x4F424F58;

    private readonly PostgresDatabase database;
    private readonly SemaphoreSlim turn = new(1, 1);
    private NpgsqlConnection? connection;

    private PostgresClaimerLock(PostgresDatabase database, long claimer)
    {
        this.database = database;
        Key = KeyOf(claimer);
    }

    /// <summary>The second key of the lock: the claimer number, folded into the positive 32-bit range the two-key form takes.</summary>
    public int Key { get; }

    /// <summary>SQL naming the claimers (as <see cref="KeyOf"/> folds them) whose lock is held now in this database: the live ones.</summary>
    public static string LiveClaimers { get; } = $"""
        SELECT objid::bigint FROM pg_locks
        WHERE locktype = 'advisory' AND classid = {LockClass} AND objsubid = 2 AND granted
            AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
        """;

    /// <summary>The SQL expression folding a claimer number column as <see cref="KeyOf"/> does.</summary>
    public static string KeyColumn(string column) => $"({column} % 2147483648)";

    public static int KeyOf(long claimer) => (int)(claimer % 2_147_483_648);

    /// <summary>Takes the lock for <paramref name="claimer"/>, a number no other replica holds (from a sequence).</summary>
    public static PostgresClaimerLock Take(PostgresDatabase database, long claimer)
    {
        var held = new PostgresClaimerLock(database, claimer);
        // Once, while the container builds the outbox: a constructor cannot await.
        held.connection = held.Open();
        return held;
    }

    /// <summary>Makes sure the lock is held, on a connection opened again if the old one was lost.</summary>
    public async Task EnsureHeldAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            try
            {
                await using var ping = new NpgsqlCommand("SELECT 1;", connection);
                await ping.ExecuteScalarAsync(cancellationToken);
            }
            catch (Exception e) when (e is NpgsqlException or InvalidOperationException or IOException)
            {
                if (connection is not null)
                {
                    await connection.DisposeAsync();
                }

                connection = null;
                connection = Open();
            }
        }
        finally
        {
            turn.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (connection is not null)
        {
            // Closing the session frees the lock.
            await connection.DisposeAsync();
        }

        turn.Dispose();
    }

    private NpgsqlConnection Open()
    {
        var opened = database.OpenUnpooled();
        using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({LockClass}, {Key});", opened);
        command.ExecuteNonQuery();
        return opened;
    }
}
