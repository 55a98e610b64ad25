using System.Globalization;
using Microsoft.Data.Sqlite;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence.Sqlite;

internal sealed class SqlitePermissionStore(SqliteDatabase database) : IPermissionStore
{
    private readonly PermissionReadCache cache = new();

    public async Task<PatientPermissions?> FindAsync(NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (cache.TryGet(nhsNumber, out var held))
        {
            return held;
        }

        var version = cache.Version();
        await using var connection = database.Open();
        var read = await FindAsync(connection, nhsNumber, cancellationToken);
        cache.Keep(nhsNumber, read, version);
        return read;
    }

    public async Task<PatientPermissions> ApplyAsync(
        NhsNumber nhsNumber, IReadOnlyDictionary<AcsFunction, AcsPermission?> values, ChangeAuthor by, DateTimeOffset at, CancellationToken cancellationToken)
    {
        try
        {
            // In the group commit: concurrent Sets share one transaction, each reading what the one before it wrote, so
            // Sets on one patient queue up instead of losing updates.
            return await database.CommitAsync((writer, transaction) => Apply(writer, transaction, nhsNumber, values, by, at), cancellationToken);
        }
        finally
        {
            // Whether or not the commit went through, what was read before it may be out of date.
            cache.Forget(nhsNumber);
        }
    }

    private static PatientPermissions Apply(
        SqliteWriter writer, SqliteTransaction transaction, NhsNumber nhsNumber, IReadOnlyDictionary<AcsFunction, AcsPermission?> values, ChangeAuthor by, DateTimeOffset at)
    {
        var after = Read(writer.Prepared(Select, transaction), nhsNumber) ?? PatientPermissions.None(nhsNumber);
        foreach (var (function, value) in values.OrderBy(v => v.Key))
        {
            var insert = writer.Prepared("""
                INSERT INTO permission_history (nhs_number, function, old_value, new_value, changed_at, role_profile_id, user_id, job_role, system_asid, message_id)
                VALUES ($nhs, $function, $old, $new, $at, $urp, $user, $role, $asid, $message);
                """, transaction);
            insert.Parameters.AddWithValue("$nhs", nhsNumber.Value);
            insert.Parameters.AddWithValue("$function", function.ToString());
            insert.Parameters.AddWithValue("$old", Db(after.For(function)?.ToString()));
            insert.Parameters.AddWithValue("$new", Db(value?.ToString()));
            insert.Parameters.AddWithValue("$at", at.ToString("O", CultureInfo.InvariantCulture));
            insert.Parameters.AddWithValue("$urp", Db(by.RoleProfileId));
            insert.Parameters.AddWithValue("$user", Db(by.UserId));
            insert.Parameters.AddWithValue("$role", Db(by.JobRole));
            insert.Parameters.AddWithValue("$asid", Db(by.SystemAsid));
            insert.Parameters.AddWithValue("$message", Db(by.MessageId));
            insert.ExecuteNonQuery();
            after = after.With(function, value);
        }

        var upsert = writer.Prepared("""
            INSERT INTO patient_permissions (nhs_number, view_permission, store_permission) VALUES ($nhs, $view, $store)
            ON CONFLICT (nhs_number) DO UPDATE SET view_permission = excluded.view_permission, store_permission = excluded.store_permission;
            """, transaction);
        upsert.Parameters.AddWithValue("$nhs", nhsNumber.Value);
        upsert.Parameters.AddWithValue("$view", Db(after.View?.ToString()));
        upsert.Parameters.AddWithValue("$store", Db(after.Store?.ToString()));
        upsert.ExecuteNonQuery();
        return after;
    }

    public async Task<IReadOnlyList<PermissionChange>> HistoryAsync(NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT sequence, function, old_value, new_value, changed_at, role_profile_id, user_id, job_role, system_asid, message_id
            FROM permission_history WHERE nhs_number = $nhs ORDER BY sequence;
            """;
        command.Parameters.AddWithValue("$nhs", nhsNumber.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var changes = new List<PermissionChange>();
        while (await reader.ReadAsync(cancellationToken))
        {
            changes.Add(new PermissionChange(
                nhsNumber.Value,
                Enum.Parse<AcsFunction>(reader.GetString(1)),
                Permission(reader, 2),
                Permission(reader, 3),
                DateTimeOffset.Parse(reader.GetString(4), CultureInfo.InvariantCulture),
                new ChangeAuthor(Text(reader, 5), Text(reader, 6), Text(reader, 7), Text(reader, 8), Text(reader, 9)))
            {
                Sequence = reader.GetInt64(0),
            });
        }

        return changes;
    }

    public async Task<IReadOnlyList<PatientPermissions>> ListAsync(CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT nhs_number, view_permission, store_permission FROM patient_permissions ORDER BY nhs_number;";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var list = new List<PatientPermissions>();
        while (await reader.ReadAsync(cancellationToken))
        {
            list.Add(new PatientPermissions(NhsNumber.From(reader.GetString(0)), Permission(reader, 1), Permission(reader, 2)));
        }

        return list;
    }

    public async Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken)
    {
        if (!scope.ReachesPatientState)
        {
            return 0;
        }

        try
        {
            return (await database.ExecuteInScopeAsync(scope, cancellationToken,
                "DELETE FROM permission_history WHERE $nhs IS NULL OR nhs_number = $nhs;",
                "DELETE FROM patient_permissions WHERE $nhs IS NULL OR nhs_number = $nhs;"))[1];
        }
        finally
        {
            // One patient's reset forgets that patient; any other scope (or a number that does not parse) forgets everyone.
            var patient = scope.NhsNumber is { } one && NhsNumber.Parse(one) is { Success: true } parsed ? parsed.Value : null;
            cache.Forget(patient);
        }
    }

    private const string Select = "SELECT view_permission, store_permission FROM patient_permissions WHERE nhs_number = $nhs;";

    private static async Task<PatientPermissions?> FindAsync(SqliteConnection connection, NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Select;
        return await ReadAsync(command, nhsNumber, cancellationToken);
    }

    private static PatientPermissions? Read(SqliteCommand command, NhsNumber nhsNumber)
    {
        command.Parameters.AddWithValue("$nhs", nhsNumber.Value);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new PatientPermissions(nhsNumber, Permission(reader, 0), Permission(reader, 1)) : null;
    }

    private static async Task<PatientPermissions?> ReadAsync(SqliteCommand command, NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        command.Parameters.AddWithValue("$nhs", nhsNumber.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PatientPermissions(nhsNumber, Permission(reader, 0), Permission(reader, 1))
            : null;
    }

    private static object Db(string? value) => (object?)value ?? DBNull.Value;

    private static string? Text(SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static AcsPermission? Permission(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Enum.Parse<AcsPermission>(reader.GetString(ordinal));
}
