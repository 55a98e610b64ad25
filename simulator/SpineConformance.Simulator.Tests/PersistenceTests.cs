using SpineConformance.Hl7.Acs;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests;

public sealed class PersistenceTests
{
    [Test]
    public async Task SqliteStore_ConcurrentChanges_KeepEveryOneInHistory()
    {
        var file = Path.Combine(Path.GetTempPath(), $"spine-sim-{Environment.ProcessId}-{TestContext.CurrentContext.Test.ID}.db");
        var nhsNumber = Some.NhsNumber();
        try
        {
            await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:InMemory"] = "false", ["Simulator:DataFile"] = file });
            var values = new[] { AcsPermission.Yes, AcsPermission.No, (AcsPermission?)null };

            await Task.WhenAll(Enumerable.Range(0, 30).Select(i => Task.Run(() => host.Permissions.ApplyAsync(
                nhsNumber, new Dictionary<AcsFunction, AcsPermission?> { [AcsFunction.View] = values[i % 3] },
                new ChangeAuthor(null, $"{i:D12}", null, null, null), DateTimeOffset.UnixEpoch, CancellationToken.None))));
            var history = await host.Permissions.HistoryAsync(nhsNumber, CancellationToken.None);

            Assert.That(history, Has.Count.EqualTo(30));
            Assert.That(history.Select(h => h.By.UserId).Distinct().Count(), Is.EqualTo(30));
            Assert.That(history.Skip(1).Zip(history), Has.All.Matches<(PermissionChange Next, PermissionChange Previous)>(p => p.Next.OldValue == p.Previous.NewValue));
            Assert.That((await host.Permissions.FindAsync(nhsNumber, CancellationToken.None))!.View, Is.EqualTo(history[^1].NewValue));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Persistence.DataFile.DeleteAll(file);
        }
    }

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
                await first.SeedPermissionsAsync(new PatientPermissions(nhsNumber, AcsPermission.Yes, null));
                await first.SeedPermissionsAsync(new PatientPermissions(SyntheticPatients.Dissented, null, null));
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
            Persistence.DataFile.DeleteAll(file);
        }
    }
}
