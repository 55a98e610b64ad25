using Microsoft.Data.Sqlite;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Simulator.State;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Persistence;

public sealed class MigrationTests
{
    // The schema as the previous release wrote it (versions 1 and 2: permission state only), spelled out here so the
    // test does not depend on the migrations it checks.
    private const string PreviousSchema = """
        CREATE TABLE schema_version (version INTEGER NOT NULL);
        CREATE TABLE patient_permissions (nhs_number TEXT NOT NULL PRIMARY KEY, view_permission TEXT NULL, store_permission TEXT NULL);
        CREATE TABLE permission_history (
            sequence INTEGER PRIMARY KEY AUTOINCREMENT, nhs_number TEXT NOT NULL, function TEXT NOT NULL, old_value TEXT NULL, new_value TEXT NULL,
            changed_at TEXT NOT NULL, role_profile_id TEXT NULL, user_id TEXT NULL, job_role TEXT NULL, system_asid TEXT NULL, message_id TEXT NULL);
        CREATE INDEX permission_history_by_patient ON permission_history (nhs_number, sequence);
        INSERT INTO schema_version (version) VALUES (1), (2);
        INSERT INTO patient_permissions VALUES ('9434765919', 'No', 'Yes');
        INSERT INTO permission_history (nhs_number, function, old_value, new_value, changed_at, user_id)
            VALUES ('9434765919', 'View', NULL, 'No', '2025-01-02T03:04:05.0000000+00:00', '555000000001');
        """;

    [Test]
    public async Task FileFromThePreviousSchema_IsBroughtUpToDate_WithoutLosingPermissions()
    {
        using var file = new DataFile();
        using (var connection = file.Open())
        {
            using var create = connection.CreateCommand();
            create.CommandText = PreviousSchema;
            create.ExecuteNonQuery();
        }

        var patient = NhsNumber.From("9434765919");
        await using (var host = await file.StartHostAsync())
        {
            Assert.That(await host.Permissions.FindAsync(patient, CancellationToken.None), Is.EqualTo(new PatientPermissions(patient, AcsPermission.No, AcsPermission.Yes)));
            var history = await host.Permissions.HistoryAsync(patient, CancellationToken.None);
            Assert.That(history.Select(h => (h.Function, h.NewValue, h.By.UserId)), Is.EqualTo(new[] { (AcsFunction.View, (AcsPermission?)AcsPermission.No, (string?)"555000000001") }));
            Assert.That(await host.Permissions.FindAsync(SyntheticPatients.Dissented, CancellationToken.None), Is.Null, "an existing file is not seeded again");
            await host.Journal.AddAsync(new JournalEntry(host.Journal.NextId(), DateTimeOffset.UnixEpoch, TimeSpan.Zero, "/sync-service", null, null, 200, [1], [2], ValidationReport.Empty));
        }

        using var check = file.Open();
        Assert.That(Scalar(check, "SELECT MAX(version) FROM schema_version;"), Is.EqualTo(10L));
        Assert.That(Scalar(check, "SELECT COUNT(*) FROM journal_entries;"), Is.EqualTo(1L), "the new tables are in use");
        Assert.That(Scalar(check, "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name IN ('directory', 'legitimate_relationships', 'privacy_alerts', 'outbox_messages', 'fault_rules', 'ebxml_message_ids', 'tenants', 'patient_allocation');"),
            Is.EqualTo(8L));
    }

    [Test]
    public void FileFromANewerSimulator_IsRefused_WithAMessageNamingIt()
    {
        using var file = new DataFile();
        using (var connection = file.Open())
        {
            using var create = connection.CreateCommand();
            create.CommandText = "CREATE TABLE schema_version (version INTEGER NOT NULL); INSERT INTO schema_version VALUES (999);";
            create.ExecuteNonQuery();
        }

        var error = Assert.Throws<StoreStartException>(() => new SqliteDatabase(file.Path).Migrate());

        Assert.That(error!.Message, Does.Contain("schema version 999"));
    }

    private static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }
}
