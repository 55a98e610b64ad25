using System.Text.Json;
using Npgsql;
using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// Tenants in <c>tenants</c>: the name (unique), the key's SHA-256 (never the key) and the systems as a JSON document.
/// Each change is one statement, so replicas changing tenants at once never see half a change; the statement also
/// notifies the other replicas (<see cref="PostgresChanges"/>), which read the tenants again.
/// </summary>
internal sealed class PostgresTenantStore(PostgresDatabase database) : ITenantStore
{
    private const string Columns = "id, name, key_sha256, systems";

    public Task<Tenant?> AddAsync(string name, string keySha256, TenantSystems systems, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            Notifying($"INSERT INTO tenants (name, key_sha256, systems) VALUES (@name, @key, @systems) ON CONFLICT (name) DO NOTHING RETURNING {Columns}"),
            command => Bind(command, name, keySha256, systems),
            cancellationToken);

    public async Task<Tenant> EnsureAsync(string name, string keySha256, TenantSystems systems, CancellationToken cancellationToken) =>
        await SingleOrDefaultAsync(
            Notifying($"""
                INSERT INTO tenants (name, key_sha256, systems) VALUES (@name, @key, @systems)
                ON CONFLICT (name) DO UPDATE SET key_sha256 = excluded.key_sha256, systems = excluded.systems RETURNING {Columns}
                """),
            command => Bind(command, name, keySha256, systems),
            cancellationToken)
        ?? throw new InvalidOperationException($"The tenant '{name}' was neither added nor updated.");

    public async Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken) =>
        await QueryAsync($"SELECT {Columns} FROM tenants ORDER BY id;", _ => { }, cancellationToken);

    public Task<Tenant?> FindAsync(long id, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync($"SELECT {Columns} FROM tenants WHERE id = @id;", command => command.Parameters.AddWithValue("id", id), cancellationToken);

    public Task<Tenant?> SetSystemsAsync(long id, TenantSystems systems, CancellationToken cancellationToken) =>
        UpdateAsync(id, "systems = @value", JsonSerializer.Serialize(systems, SimulatorStorage.Json), cancellationToken);

    public Task<Tenant?> SetKeyAsync(long id, string keySha256, CancellationToken cancellationToken) =>
        UpdateAsync(id, "key_sha256 = @value", keySha256, cancellationToken);

    public async Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"WITH removed AS (DELETE FROM tenants WHERE id = @id RETURNING id) SELECT count(*) FROM (SELECT {PostgresChanges.Notify(PostgresChanges.Tenants)} FROM removed) notified;",
            connection);
        command.Parameters.AddWithValue("id", id);
        PostgresChanges.Sign(command, database);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))! > 0;
    }

    private Task<Tenant?> UpdateAsync(long id, string assignment, string value, CancellationToken cancellationToken) =>
        SingleOrDefaultAsync(
            Notifying($"UPDATE tenants SET {assignment} WHERE id = @id RETURNING {Columns}"),
            command =>
            {
                command.Parameters.AddWithValue("id", id);
                command.Parameters.AddWithValue("value", value);
                PostgresChanges.Sign(command, database);
            },
            cancellationToken);

    // The changed rows, each with a notification that goes when the change commits (several in one transaction are sent once).
    private static string Notifying(string change) =>
        $"WITH changed AS ({change}) SELECT {Columns}, {PostgresChanges.Notify(PostgresChanges.Tenants)} FROM changed;";

    private void Bind(NpgsqlCommand command, string name, string keySha256, TenantSystems systems)
    {
        PostgresChanges.Sign(command, database);
        command.Parameters.AddWithValue("name", name);
        command.Parameters.AddWithValue("key", keySha256);
        command.Parameters.AddWithValue("systems", JsonSerializer.Serialize(systems, SimulatorStorage.Json));
    }

    private async Task<Tenant?> SingleOrDefaultAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken) =>
        (await QueryAsync(sql, bind, cancellationToken)).SingleOrDefault();

    private async Task<List<Tenant>> QueryAsync(string sql, Action<NpgsqlCommand> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        bind(command);

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var tenants = new List<Tenant>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var systems = JsonSerializer.Deserialize<TenantSystems>(reader.GetString(3), SimulatorStorage.Json)
                ?? throw new InvalidDataException($"The stored tenant {reader.GetInt64(0)} has no systems document.");
            tenants.Add(new Tenant(reader.GetInt64(0), reader.GetString(1), reader.GetString(2), systems));
        }

        return tenants;
    }
}
