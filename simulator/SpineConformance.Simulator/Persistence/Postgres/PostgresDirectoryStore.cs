using System.Text.Json;
using Npgsql;
using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// The directory as one JSON document in the one-row <c>directory</c> table. The simulator loads it at start-up and keeps
/// it in memory, so a replica sees another replica's directory change only when it restarts.
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
        await using var command = new NpgsqlCommand(
            "INSERT INTO directory (id, document) VALUES (1, @document) ON CONFLICT (id) DO UPDATE SET document = excluded.document;", connection);
        command.Parameters.AddWithValue("document", JsonSerializer.Serialize(data, DirectoryJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
