using Microsoft.Data.Sqlite;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Simulator.State;

internal sealed class SqlitePermissionStore(SqliteDatabase database) : IPermissionStore
{
    public async Task<PatientPermissions?> FindAsync(NhsNumber nhsNumber, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT view_permission, store_permission FROM patient_permissions WHERE nhs_number = $nhs;";
        command.Parameters.AddWithValue("$nhs", nhsNumber.Value);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new PatientPermissions(nhsNumber, Permission(reader, 0), Permission(reader, 1))
            : null;
    }

    public async Task SaveAsync(PatientPermissions permissions, CancellationToken cancellationToken)
    {
        await using var connection = database.Open();
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO patient_permissions (nhs_number, view_permission, store_permission) VALUES ($nhs, $view, $store)
            ON CONFLICT (nhs_number) DO UPDATE SET view_permission = excluded.view_permission, store_permission = excluded.store_permission;
            """;
        command.Parameters.AddWithValue("$nhs", permissions.NhsNumber.Value);
        command.Parameters.AddWithValue("$view", (object?)permissions.View?.ToString() ?? DBNull.Value);
        command.Parameters.AddWithValue("$store", (object?)permissions.Store?.ToString() ?? DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
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

    private static AcsPermission? Permission(SqliteDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : Enum.Parse<AcsPermission>(reader.GetString(ordinal));
}
