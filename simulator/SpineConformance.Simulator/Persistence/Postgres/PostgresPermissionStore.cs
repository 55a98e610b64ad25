using Npgsql;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.State;
using static SpineConformance.Simulator.Persistence.Postgres.PostgresDatabase;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// Permission state in <c>patient_permissions</c>, each change in <c>permission_history</c>. A change locks the patient's
/// row (<c>SELECT ... FOR UPDATE</c>, after creating it if it is new) for its transaction, so concurrent Sets on one patient,
/// on any replica, queue up and none is lost. Nothing is cached: a Get on one replica sees a Set committed on another.
/// </summary>
internal sealed class PostgresPermissionStore(PostgresDatabase database) : IPermissionStore
{
    public async Task<PatientPermissions?> FindAsync(NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await FindAsync(connection, null, nhsNumber, lockRow: false, cancellationToken);
    }

    public async Task<PatientPermissions> ApplyAsync(
        NhsNumber nhsNumber, IReadOnlyDictionary<AcsFunction, AcsPermission?> values, ChangeAuthor by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        // A patient never set has no row to lock: made first (a concurrent maker waits for this one, then finds it), and
        // undone with the rest if the change is not committed.
        await using (var make = new NpgsqlCommand("INSERT INTO patient_permissions (nhs_number) VALUES (@nhs) ON CONFLICT (nhs_number) DO NOTHING;", connection, transaction))
        {
            make.Parameters.AddWithValue("nhs", nhsNumber.Value);
            await make.ExecuteNonQueryAsync(cancellationToken);
        }

        var after = await FindAsync(connection, transaction, nhsNumber, lockRow: true, cancellationToken) ?? PatientPermissions.None(nhsNumber);
        var batch = new NpgsqlBatch(connection, transaction);
        await using (batch)
        {
            foreach (var (function, value) in values.OrderBy(v => v.Key))
            {
                var insert = new NpgsqlBatchCommand("""
                    INSERT INTO permission_history (nhs_number, function, old_value, new_value, changed_at_ticks, role_profile_id, user_id, job_role, system_asid, message_id)
                    VALUES (@nhs, @function, @old, @new, @at, @urp, @user, @role, @asid, @message);
                    """);
                insert.Parameters.AddWithValue("nhs", nhsNumber.Value);
                insert.Parameters.AddWithValue("function", function.ToString());
                insert.Parameters.Add(Text("old", after.For(function)?.ToString()));
                insert.Parameters.Add(Text("new", value?.ToString()));
                insert.Parameters.AddWithValue("at", at.UtcTicks);
                insert.Parameters.Add(Text("urp", by.RoleProfileId));
                insert.Parameters.Add(Text("user", by.UserId));
                insert.Parameters.Add(Text("role", by.JobRole));
                insert.Parameters.Add(Text("asid", by.SystemAsid));
                insert.Parameters.Add(Text("message", by.MessageId));
                batch.BatchCommands.Add(insert);
                after = after.With(function, value);
            }

            var update = new NpgsqlBatchCommand("UPDATE patient_permissions SET view_permission = @view, store_permission = @store WHERE nhs_number = @nhs;");
            update.Parameters.AddWithValue("nhs", nhsNumber.Value);
            update.Parameters.Add(Text("view", after.View?.ToString()));
            update.Parameters.Add(Text("store", after.Store?.ToString()));
            batch.BatchCommands.Add(update);
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return after;
    }

    public async Task<IReadOnlyList<PermissionChange>> HistoryAsync(NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""
            SELECT sequence, function, old_value, new_value, changed_at_ticks, role_profile_id, user_id, job_role, system_asid, message_id
            FROM permission_history WHERE nhs_number = @nhs ORDER BY sequence;
            """, connection);
        command.Parameters.AddWithValue("nhs", nhsNumber.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<PermissionChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new PermissionChange(
                nhsNumber.Value,
                Enum.Parse<AcsFunction>(reader.GetString(1)),
                Permission(reader, 2),
                Permission(reader, 3),
                reader.Instant(4),
                new ChangeAuthor(reader.Text(5), reader.Text(6), reader.Text(7), reader.Text(8), reader.Text(9)))
            {
                Sequence = reader.GetInt64(0),
            });
        }

        return changes;
    }

    public async Task<IReadOnlyList<PatientPermissions>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            "SELECT nhs_number, view_permission, store_permission FROM patient_permissions ORDER BY nhs_number COLLATE \"C\";", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<PatientPermissions>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new PatientPermissions(NhsNumber.From(reader.GetString(0)), Permission(reader, 1), Permission(reader, 2)));
        }

        return list;
    }

    public async Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken) =>
        !scope.ReachesPatientState ? 0 : (await database.ExecuteInScopeAsync(scope, cancellationToken,
            "DELETE FROM permission_history WHERE @nhs IS NULL OR nhs_number = @nhs;",
            "DELETE FROM patient_permissions WHERE @nhs IS NULL OR nhs_number = @nhs;"))[1];

    private static async Task<PatientPermissions?> FindAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, NhsNumber nhsNumber, bool lockRow, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            $"SELECT view_permission, store_permission FROM patient_permissions WHERE nhs_number = @nhs{(lockRow ? " FOR UPDATE" : string.Empty)};",
            connection, transaction);
        command.Parameters.AddWithValue("nhs", nhsNumber.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PatientPermissions(nhsNumber, Permission(reader, 0), Permission(reader, 1))
            : null;
    }

    private static AcsPermission? Permission(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Enum.Parse<AcsPermission>(reader.GetString(ordinal));
}
