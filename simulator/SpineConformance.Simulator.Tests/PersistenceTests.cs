using SpineConformance.Hl7.Acs;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests;

public sealed class PersistenceTests
{
    [Test]
    public async Task SqliteStore_SurvivesRestart_AndSeedsOnlyOnce()
    {
        var file = Path.Combine(Path.GetTempPath(), $"spine-sim-{Environment.ProcessId}-{TestContext.CurrentContext.Test.ID}.db");
        var settings = new Dictionary<string, string?> { ["Simulator:InMemory"] = "false", ["Simulator:DataFile"] = file };
        var nhsNumber = Some.NhsNumber();
        try
        {
            await using (var first = await SpineSimulatorHost.StartAsync(settings))
            {
                Assert.That(await first.Permissions.FindAsync(SyntheticPatients.Dissented, CancellationToken.None),
                    Is.EqualTo(new PatientPermissions(SyntheticPatients.Dissented, AcsPermission.No, AcsPermission.No)));
                await first.Permissions.SaveAsync(new PatientPermissions(nhsNumber, AcsPermission.Yes, null), CancellationToken.None);
                await first.Permissions.SaveAsync(new PatientPermissions(SyntheticPatients.Dissented, null, null), CancellationToken.None);
            }

            await using var second = await SpineSimulatorHost.StartAsync(settings);

            Assert.That(await second.Permissions.FindAsync(nhsNumber, CancellationToken.None),
                Is.EqualTo(new PatientPermissions(nhsNumber, AcsPermission.Yes, null)));
            Assert.That(await second.Permissions.FindAsync(SyntheticPatients.Dissented, CancellationToken.None),
                Is.EqualTo(new PatientPermissions(SyntheticPatients.Dissented, null, null)), "seeding must not overwrite a changed store");
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
            {
                File.Delete(file + suffix);
            }
        }
    }
}
