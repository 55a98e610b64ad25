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
        command.CommandText = Upsert;
        command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(data, DirectoryJson.Options));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // The writer connection is this process's only one (SqliteDatabase hands it out one at a time), and the transaction is
    // taken at once (BEGIN IMMEDIATE), so nothing writes the directory between the read and the write.
    public async Task<DirectoryData> ChangeAsync(DirectoryData unstored, Func<DirectoryData, DirectoryData> change, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        using var transaction = writer.BeginTransaction();
        await using var read = writer.CreateCommand();
        read.Transaction = transaction;
        read.CommandText = "SELECT document FROM directory WHERE id = 1;";
        var stored = await read.ExecuteScalarAsync(cancellationToken) is string document
            ? JsonSerializer.Deserialize<DirectoryData>(document, DirectoryJson.Options)
            : null;
        var changed = change(stored ?? unstored);
        await using var write = writer.CreateCommand();
        write.Transaction = transaction;
        write.CommandText = Upsert;
        write.Parameters.AddWithValue("$document", JsonSerializer.Serialize(changed, DirectoryJson.Options));
        await write.ExecuteNonQueryAsync(cancellationToken);
        transaction.Commit();
        return changed;
    }

    private const string Upsert = "INSERT INTO directory (id, document) VALUES (1, $document) ON CONFLICT (id) DO UPDATE SET document = excluded.document;";
}
