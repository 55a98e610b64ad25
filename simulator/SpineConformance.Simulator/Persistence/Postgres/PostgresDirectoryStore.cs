using System.Text.Json;
using Npgsql;
using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// The directory as one JSON document in the one-row <c>directory</c> table. The simulator loads it at start-up and keeps
/// it in memory; each save notifies the other replicas (<see cref="PostgresChanges"/>), which load it again. The document
/// is saved whole, so two replicas changing the directory at the same moment: the later save wins.
/// </summary>
internal sealed class PostgresDirectoryStore(PostgresDatabase database) : IDirectoryStore
{
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
        // One statement: the other replicas are told when the save commits, and only then.
        await using var command = new NpgsqlCommand($"""
            WITH saved AS (
                INSERT INTO directory (id, document) VALUES (1, @document) ON CONFLICT (id) DO UPDATE SET document = excluded.document RETURNING id)
            SELECT {PostgresChanges.Notify(PostgresChanges.Directory)} FROM saved;
            """, connection);
        command.Parameters.AddWithValue("document", JsonSerializer.Serialize(data, DirectoryJson.Options));
        PostgresChanges.Sign(command, database);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
