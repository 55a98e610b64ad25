using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence.Sqlite;

/// <summary>
/// LRs as JSON documents keyed by id, with the patient's NHS number beside them for lookups
/// (<c>legitimate_relationships</c>); privacy-officer alerts in <c>privacy_alerts</c>.
/// </summary>
internal sealed class SqliteRelationshipStore(SqliteDatabase database) : IRelationshipStore
{
    private const string ByStart = "ORDER BY started_at_ticks, rowid";

    public Task<LegitimateRelationship> AddAsync(LegitimateRelationship relationship, CancellationToken cancellationToken) =>
        database.CommitAsync((writer, transaction) =>
        {
            Insert(writer.Connection, transaction, relationship);
            return relationship;
        }, cancellationToken);

    // In the group commit, whose transaction holds the file's write lock before anything is read: a second create for
    // the patient, in the same transaction or a later one, sees this one. The callbacks here may run twice (see
    // SqliteDatabase.CommitAsync), and their last run counts.
    public Task<LegitimateRelationship?> AddForPatientAsync(
        NhsNumber nhsNumber, Func<IReadOnlyList<LegitimateRelationship>, LegitimateRelationship?> create, CancellationToken cancellationToken) =>
        database.CommitAsync((writer, transaction) =>
        {
            var connection = writer.Connection;
            if (create(Query(connection, transaction, $"SELECT document FROM legitimate_relationships WHERE nhs_number = $nhs {ByStart};", nhsNumber.Value)) is not { } made)
            {
                return null;
            }

            Insert(connection, transaction, made);
            return made;
        }, cancellationToken);

    public Task<LegitimateRelationship?> FindAsync(LrId id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = database.Open();
        return Task.FromResult(Find(connection, null, id.Value));
    }

    public Task<IReadOnlyList<LegitimateRelationship>> ForPatientAsync(NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<LegitimateRelationship>>(
            Query($"SELECT document FROM legitimate_relationships WHERE nhs_number = $nhs {ByStart};", nhsNumber.Value));
    }

    public Task<IReadOnlyList<LegitimateRelationship>> AllAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<LegitimateRelationship>>(Query($"SELECT document FROM legitimate_relationships {ByStart};", null));
    }

    // Read and changed in one transaction of the group commit, so concurrent changes to one LR are serialised and none is lost.
    public Task<LrTransition> UpdateAsync(LrId id, Func<LegitimateRelationship, LrTransition> change, CancellationToken cancellationToken) =>
        database.CommitAsync((writer, transaction) =>
        {
            var connection = writer.Connection;
            if (Find(connection, transaction, id.Value) is not { } current)
            {
                return LrTransition.Refused(LrRefusal.NotFound, $"No LR with id {id}.");
            }

            var outcome = change(current);
            if (outcome.Changed is { } changed)
            {
                using var command = connection.CreateCommand();
                command.Transaction = transaction;
                command.CommandText = "UPDATE legitimate_relationships SET nhs_number = $nhs, document = $document WHERE id = $id;";
                command.Parameters.AddWithValue("$id", id.Value);
                command.Parameters.AddWithValue("$nhs", changed.NhsNumber);
                command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(changed, SimulatorStorage.Json));
                command.ExecuteNonQuery();
            }

            return outcome;
        }, cancellationToken);

    public Task<PrivacyAlert> RaiseAlertAsync(
        DateTimeOffset at, LrId lrId, NhsNumber nhsNumber, string reason, LrActor by, CancellationToken cancellationToken) =>
        database.CommitAsync((writer, transaction) =>
        {
            using var command = writer.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = """
                INSERT INTO privacy_alerts (raised_at, lr_id, nhs_number, reason, role_profile_id, user_id, system_asid, message_id)
                VALUES ($at, $lr, $nhs, $reason, $urp, $user, $asid, $message) RETURNING id;
                """;
            command.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$lr", lrId.Value);
            command.Parameters.AddWithValue("$nhs", nhsNumber.Value);
            command.Parameters.AddWithValue("$reason", reason);
            command.Parameters.AddWithValue("$urp", SimulatorStorage.Db(by.RoleProfileId));
            command.Parameters.AddWithValue("$user", SimulatorStorage.Db(by.UserId));
            command.Parameters.AddWithValue("$asid", SimulatorStorage.Db(by.SystemAsid));
            command.Parameters.AddWithValue("$message", SimulatorStorage.Db(by.MessageId));
            var id = Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
            return new PrivacyAlert(id, at, lrId.Value, nhsNumber.Value, reason, by);
        }, cancellationToken);

    public Task<IReadOnlyList<PrivacyAlert>> AlertsAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, raised_at, lr_id, nhs_number, reason, role_profile_id, user_id, system_asid, message_id FROM privacy_alerts ORDER BY id;
            """;
        using var reader = command.ExecuteReader();
        var alerts = new List<PrivacyAlert>();
        while (reader.Read())
        {
            alerts.Add(new PrivacyAlert(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.GetString(2),
                reader.GetString(3),
                reader.GetString(4),
                new LrActor(reader.Text(5), reader.Text(6), reader.Text(7), reader.Text(8))));
        }

        return Task.FromResult<IReadOnlyList<PrivacyAlert>>(alerts);
    }

    public async Task<(int Relationships, int Alerts)> ResetAsync(ResetScope scope, CancellationToken cancellationToken)
    {
        if (!scope.ReachesPatientState)
        {
            return (0, 0);
        }

        var counts = await database.ExecuteInScopeAsync(scope, cancellationToken,
            "DELETE FROM legitimate_relationships WHERE $nhs IS NULL OR nhs_number = $nhs;",
            "DELETE FROM privacy_alerts WHERE $nhs IS NULL OR nhs_number = $nhs;");
        return (counts[0], counts[1]);
    }

    private static void Insert(SqliteConnection connection, SqliteTransaction? transaction, LegitimateRelationship relationship)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO legitimate_relationships (id, nhs_number, started_at_ticks, document) VALUES ($id, $nhs, $started, $document);";
        command.Parameters.AddWithValue("$id", relationship.Id);
        command.Parameters.AddWithValue("$nhs", relationship.NhsNumber);
        command.Parameters.AddWithValue("$started", relationship.StartedAt.UtcTicks);
        command.Parameters.AddWithValue("$document", JsonSerializer.Serialize(relationship, SimulatorStorage.Json));
        command.ExecuteNonQuery();
    }

    private static LegitimateRelationship? Find(SqliteConnection connection, SqliteTransaction? transaction, string id)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "SELECT document FROM legitimate_relationships WHERE id = $id;";
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is string document ? Deserialize(document) : null;
    }

    private List<LegitimateRelationship> Query(string sql, string? nhsNumber)
    {
        using var connection = database.Open();
        return Query(connection, null, sql, nhsNumber);
    }

    private static List<LegitimateRelationship> Query(SqliteConnection connection, SqliteTransaction? transaction, string sql, string? nhsNumber)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        if (nhsNumber is not null)
        {
            command.Parameters.AddWithValue("$nhs", nhsNumber);
        }

        using var reader = command.ExecuteReader();
        var relationships = new List<LegitimateRelationship>();
        while (reader.Read())
        {
            relationships.Add(Deserialize(reader.GetString(0)));
        }

        return relationships;
    }

    private static LegitimateRelationship Deserialize(string document) =>
        JsonSerializer.Deserialize<LegitimateRelationship>(document, SimulatorStorage.Json)
            ?? throw new InvalidDataException("A stored LR document is empty.");
}
