using System.Text.Json;
using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>The directory as one JSON document (the admin API's and <c>Simulator:DirectoryFile</c>'s shape) in the one-row <c>directory</c> table.</summary>
internal sealed class SqliteDirectoryStore(SqliteDatabase database) : IDirectoryStore
{
    public async Task<DirectoryData?> LoadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM directory WHERE id = 1;";
        return await command.ExecuteScalarAsync(cancellationToken) is string document
            ? JsonSerializer.Deserialize<DirectoryData>(document, DirectoryJson.Options)
            : null;
    }

    public async Task SaveAsync(DirectoryData data, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        await using var command = writer.CreateCommand();
        command.CommandText = "INSERT INTO directory (id, document) VALUES (1, $document) ON CONFLICT (id) DO UPDATE SET document = excluded.document;";
        command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(data, DirectoryJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
