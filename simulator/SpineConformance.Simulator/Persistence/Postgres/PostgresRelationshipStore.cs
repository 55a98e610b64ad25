using System.Text.Json;
using Npgsql;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.State;
using static SpineConformance.Simulator.Persistence.Postgres.PostgresDatabase;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// LRs as JSON documents in <c>legitimate_relationships</c>, with the patient's NHS number beside them; alerts in
/// <c>privacy_alerts</c>. A change to an LR locks its row (<c>SELECT ... FOR UPDATE</c>) for its transaction; a create
/// takes a transaction-scoped advisory lock on the patient before it reads their LRs, since a patient with none has no row
/// to lock. Either way concurrent changes on any replica are serialised and none is lost.
/// </summary>
internal sealed class PostgresRelationshipStore(PostgresDatabase database) : IRelationshipStore
{
    private const string ByStart = "ORDER BY started_at_ticks, position";

    // The first key of the two-key advisory lock a create takes on a patient ("LR" in ASCII); the second is the NHS number's hash.
    private const int PatientCreateLock = 0x4C52;

    public async Task<LegitimateRelationship> AddAsync(LegitimateRelationship relationship, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await InsertAsync(connection, null, relationship, cancellationToken);
        return relationship;
    }

    public async Task<LegitimateRelationship?> AddForPatientAsync(
        NhsNumber nhsNumber, Func<IReadOnlyList<LegitimateRelationship>, LegitimateRelationship?> create, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var serialise = new NpgsqlCommand("SELECT pg_advisory_xact_lock(@kind, hashtext(@nhs));", connection, transaction))
        {
            serialise.Parameters.AddWithValue("kind", PatientCreateLock);
            serialise.Parameters.AddWithValue("nhs", nhsNumber.Value);
            await serialise.ExecuteNonQueryAsync(cancellationToken);
        }

        var current = await QueryAsync(connection, transaction, $"SELECT document FROM legitimate_relationships WHERE nhs_number = @nhs {ByStart};", nhsNumber.Value, cancellationToken);
        if (create(current) is not { } made)
        {
            return null;
        }

        await InsertAsync(connection, transaction, made, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return made;
    }

    public async Task<LegitimateRelationship?> FindAsync(LrId id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, id.Value, lockRow: false, cancellationToken);
    }

    public async Task<IReadOnlyList<LegitimateRelationship>> ForPatientAsync(NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAsync(connection, null, $"SELECT document FROM legitimate_relationships WHERE nhs_number = @nhs {ByStart};", nhsNumber.Value, cancellationToken);
    }

    public async Task<IReadOnlyList<LegitimateRelationship>> AllAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await QueryAsync(connection, null, $"SELECT document FROM legitimate_relationships {ByStart};", null, cancellationToken);
    }

    public async Task<LrTransition> UpdateAsync(LrId id, Func<LegitimateRelationship, LrTransition> change, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (await FindAsync(connection, transaction, id.Value, lockRow: true, cancellationToken) is not { } current)
        {
            return LrTransition.Refused(LrRefusal.NotFound, $"No LR with id {id}.");
        }

        var outcome = change(current);
        if (outcome.Changed is { } changed)
        {
            await using var command = new NpgsqlCommand("UPDATE legitimate_relationships SET nhs_number = @nhs, document = @document WHERE id = @id;", connection, transaction);
            command.Parameters.AddWithValue("id", id.Value);
            command.Parameters.AddWithValue("nhs", changed.NhsNumber);
            command.Parameters.AddWithValue("document", JsonSerializer.Serialize(changed, SimulatorStorage.Json));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    public async Task<PrivacyAlert> RaiseAlertAsync(
        DateTimeOffset at, LrId lrId, NhsNumber nhsNumber, string reason, LrActor by, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            INSERT INTO privacy_alerts (raised_at_ticks, lr_id, nhs_number, reason, role_profile_id, user_id, system_asid, message_id)
            VALUES (@at, @lr, @nhs, @reason, @urp, @user, @asid, @message) RETURNING id;
            """, connection);
        command.Parameters.AddWithValue("at", at.UtcTicks);
        command.Parameters.AddWithValue("lr", lrId.Value);
        command.Parameters.AddWithValue("nhs", nhsNumber.Value);
        command.Parameters.AddWithValue("reason", reason);
        command.Parameters.Add(Text("urp", by.RoleProfileId));
        command.Parameters.Add(Text("user", by.UserId));
        command.Parameters.Add(Text("asid", by.SystemAsid));
        command.Parameters.Add(Text("message", by.MessageId));
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken))!;
        return new PrivacyAlert(id, at, lrId.Value, nhsNumber.Value, reason, by);
    }

    public async Task<IReadOnlyList<PrivacyAlert>> AlertsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT id, raised_at_ticks, lr_id, nhs_number, reason, role_profile_id, user_id, system_asid, message_id FROM privacy_alerts ORDER BY id;
            """, connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var alerts = new List<PrivacyAlert>();
        while (await reader.ReadAsync(cancellationToken))
        {
            alerts.Add(new PrivacyAlert(
                reader.GetInt64(0), reader.Instant(1), reader.GetString(2), reader.GetString(3), reader.GetString(4),
                new LrActor(reader.Text(5), reader.Text(6), reader.Text(7), reader.Text(8))));
        }

        return alerts;
    }

    public async Task<(int Relationships, int Alerts)> ResetAsync(ResetScope scope, CancellationToken cancellationToken)
    {
        if (!scope.ReachesPatientState)
        {
            return (0, 0);
        }

        var counts = await database.ExecuteInScopeAsync(scope, cancellationToken,
            "DELETE FROM legitimate_relationships WHERE @nhs IS NULL OR nhs_number = @nhs;",
            "DELETE FROM privacy_alerts WHERE @nhs IS NULL OR nhs_number = @nhs;");
        return (counts[0], counts[1]);
    }

    private static async Task InsertAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, LegitimateRelationship relationship, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO legitimate_relationships (id, nhs_number, started_at_ticks, document) VALUES (@id, @nhs, @started, @document);", connection, transaction);
        command.Parameters.AddWithValue("id", relationship.Id);
        command.Parameters.AddWithValue("nhs", relationship.NhsNumber);
        command.Parameters.AddWithValue("started", relationship.StartedAt.UtcTicks);
        command.Parameters.AddWithValue("document", JsonSerializer.Serialize(relationship, SimulatorStorage.Json));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<LegitimateRelationship?> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string id, bool lockRow, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT document FROM legitimate_relationships WHERE id = @id{(lockRow ? " FOR UPDATE" : string.Empty)};", connection, transaction);
        command.Parameters.AddWithValue("id", id);
        return await command.ExecuteScalarAsync(cancellationToken) is string document ? Deserialize(document) : null;
    }

    private static async Task<List<LegitimateRelationship>> QueryAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, string? nhsNumber, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        if (nhsNumber is not null)
        {
            command.Parameters.AddWithValue("nhs", nhsNumber);
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var relationships = new List<LegitimateRelationship>();
        while (await reader.ReadAsync(cancellationToken))
        {
            relationships.Add(Deserialize(reader.GetString(0)));
        }

        return relationships;
    }

    private static LegitimateRelationship Deserialize(string document) =>
        JsonSerializer.Deserialize<LegitimateRelationship>(document, SimulatorStorage.Json)
            ?? throw new InvalidDataException("A stored LR document is empty.");
}
