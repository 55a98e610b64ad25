using System.Text.Json;
using Npgsql;
using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// The directory as one JSON document in the one-row <c>directory</c> table. The simulator loads it at start-up and keeps
/// it in memory; each save notifies the other replicas (<see cref="PostgresChanges"/>), which load it again. A change is
/// applied to the stored document under a transaction-scoped advisory lock (<see cref="ChangeAsync"/>), so two replicas
/// changing the directory at the same moment each keep the other's change.
/// </summary>
internal sealed class PostgresDirectoryStore(PostgresDatabase database) : IDirectoryStore
{
    // The advisory lock every directory change takes for its transaction ("SDS" in ASCII): it holds even before the
    // directory's row exists, when a row lock would have nothing to lock.
    private const int ChangeLock = 0x534453;

    public async Task<DirectoryData?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT document FROM directory WHERE id = 1;", connection);
        return await command.ExecuteScalarAsync(cancellationToken) is string document
            ? JsonSerializer.Deserialize<DirectoryData>(document, DirectoryJson.Options)
            : null;
    }

    public async Task SaveAsync(DirectoryData data, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);
        await WriteAsync(connection, transaction, data, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<DirectoryData> ChangeAsync(DirectoryData unstored, Func<DirectoryData, DirectoryData> change, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await LockAsync(connection, transaction, cancellationToken);
        await using var read = new NpgsqlCommand("SELECT document FROM directory WHERE id = 1;", connection, transaction);
        var stored = await read.ExecuteScalarAsync(cancellationToken) is string document
            ? JsonSerializer.Deserialize<DirectoryData>(document, DirectoryJson.Options)
            : null;
        var changed = change(stored ?? unstored);
        await WriteAsync(connection, transaction, changed, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed;
    }

    private static async Task LockAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({ChangeLock});", connection, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task WriteAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, DirectoryData data, CancellationToken cancellationToken)
    {
        // One statement: the other replicas are told when the transaction commits, and only then.
        await using var command = new NpgsqlCommand($"""
            WITH saved AS (
                INSERT INTO directory (id, document) VALUES (1, @document) ON CONFLICT (id) DO UPDATE SET document = excluded.document RETURNING id)
            SELECT {PostgresChanges.Notify(PostgresChanges.Directory)} FROM saved;
            """, connection, transaction);
        command.Parameters.AddWithValue("document", JsonSerializer.Serialize(data, DirectoryJson.Options));
        PostgresChanges.Sign(command, database);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
