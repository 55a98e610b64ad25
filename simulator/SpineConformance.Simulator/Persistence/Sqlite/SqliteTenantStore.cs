using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>Tenants in <c>tenants</c>: the name, the key's SHA-256 (never the key) and the systems as a JSON document.</summary>
internal sealed class SqliteTenantStore(SqliteDatabase database) : ITenantStore
{
    private const string Columns = "id, name, key_sha256, systems";

    public async Task<Tenant?> AddAsync(string name, string keySha256, TenantSystems systems, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        await using var command = writer.CreateCommand();
        command.CommandText = $"INSERT INTO tenants (name, key_sha256, systems) VALUES ($name, $key, $systems) ON CONFLICT (name) DO NOTHING RETURNING {Columns};";
        Bind(command, name, keySha256, systems);
        return Read(command).SingleOrDefault();
    }

    public async Task<Tenant> EnsureAsync(string name, string keySha256, TenantSystems systems, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        await using var command = writer.CreateCommand();
        command.CommandText = $"""
            INSERT INTO tenants (name, key_sha256, systems) VALUES ($name, $key, $systems)
            ON CONFLICT (name) DO UPDATE SET key_sha256 = excluded.key_sha256, systems = excluded.systems RETURNING {Columns};
            """;
        Bind(command, name, keySha256, systems);
        return Read(command).Single();
    }

    public Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM tenants ORDER BY id;";
        return Task.FromResult<IReadOnlyList<Tenant>>(Read(command));
    }

    public Task<Tenant?> FindAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM tenants WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return Task.FromResult(Read(command).SingleOrDefault());
    }

    public Task<Tenant?> SetSystemsAsync(long id, TenantSystems systems, CancellationToken cancellationToken) =>
        UpdateAsync(id, "systems = $value", JsonSerializer.Serialize(systems, SimulatorStorage.Json), cancellationToken);

    public Task<Tenant?> SetKeyAsync(long id, string keySha256, CancellationToken cancellationToken) =>
        UpdateAsync(id, "key_sha256 = $value", keySha256, cancellationToken);

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        await using var command = writer.CreateCommand();
        command.CommandText = "DELETE FROM tenants WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return await command.ExecuteNonQueryAsync(cancellationToken) > 0;
    }

    private async Task<Tenant?> UpdateAsync(long id, string assignment, string value, CancellationToken cancellationToken)
    {
        await using var writer = await database.OpenWriterAsync(cancellationToken);
        await using var command = writer.CreateCommand();
        command.CommandText = $"UPDATE tenants SET {assignment} WHERE id = $id RETURNING {Columns};";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$value", value);
        return Read(command).SingleOrDefault();
    }

    private static void Bind(SqliteCommand command, string name, string keySha256, TenantSystems systems)
    {
        command.Parameters.AddWithValue("$name", name);
        command.Parameters.AddWithValue("$key", keySha256);
        command.Parameters.AddWithValue("$systems", JsonSerializer.Serialize(systems, SimulatorStorage.Json));
    }

    private static List<Tenant> Read(SqliteCommand command)
    {
        using var reader = command.ExecuteReader();
        var tenants = new List<Tenant>();
        while (reader.Read())
        {
            var systems = JsonSerializer.Deserialize<TenantSystems>(reader.GetString(3), SimulatorStorage.Json)
                ?? throw new InvalidDataException($"The stored tenant {reader.GetInt64(0).ToString(CultureInfo.InvariantCulture)} has no systems document.");
            tenants.Add(new Tenant(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), systems));
        }

        return tenants;
    }
}
