using System.Text.Json;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Directory;

/// <summary>The directory as one JSON document (the admin API's and <c>Simulator:DirectoryFile</c>'s shape) in the one-row <c>directory</c> table.</summary>
internal sealed class SqliteDirectoryStore(SqliteDatabase database) : IDirectoryStore
{
    public DirectoryData? Load()
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT document FROM directory WHERE id = 1;";
        return command.ExecuteScalar() is string document
            ? JsonSerializer.Deserialize<DirectoryData>(document, DirectoryJson.Options)
            : null;
    }

    public void Save(DirectoryData data)
    {
        using var writer = database.OpenWriter();
        using var command = writer.CreateCommand();
        command.CommandText = "INSERT INTO directory (id, document) VALUES (1, $document) ON CONFLICT (id) DO UPDATE SET document = excluded.document;";
        command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(data, DirectoryJson.Options));
        command.ExecuteNonQuery();
    }
}
