using SpineConformance.Hl7.Acs;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>
/// The SQLite store keeps what it last read for a patient (PermissionReadCache): whatever was read before, a Get after a
/// Set, a reset or a restart answers what the file holds.
/// </summary>
public sealed class PermissionReadTests
{
    [Test]
    public async Task APatientReadBefore_IsReadAgainAfterASetAndAReset()
    {
        using var file = new DataFile();
        await using var host = await file.StartHostAsync();
        var patient = Some.NhsNumber();
        Assert.That(await host.Permissions.FindAsync(patient, CancellationToken.None), Is.Null, "nothing held yet (and now remembered as such)");

        using var client = new SimulatorClient(host.BaseAddress);
        var set = await client.PostAsync(SampleRequests.Set(patient.Value, AcsPermission.Yes), BrokenSetRequests.SetAction);
        Assert.That(set.Status, Is.EqualTo(200));
        Assert.That(await host.Permissions.FindAsync(patient, CancellationToken.None), Is.EqualTo(new PatientPermissions(patient, AcsPermission.Yes, AcsPermission.Yes)),
            "the Set, not the nothing read before it");

        await host.Permissions.ResetAsync(ResetScope.Patient(patient.Value), CancellationToken.None);
        Assert.That(await host.Permissions.FindAsync(patient, CancellationToken.None), Is.Null, "the reset, not the Set read before it");
    }

    [Test]
    public async Task ReadsRacingSets_EndWithTheLastCommittedValue()
    {
        using var file = new DataFile();
        await using var host = await file.StartHostAsync();
        var patient = Some.NhsNumber();
        var at = DateTimeOffset.UnixEpoch;

        var reads = Enumerable.Range(0, 50).Select(_ => host.Permissions.FindAsync(patient, CancellationToken.None)).ToList();
        var writes = Enumerable.Range(0, 10).Select(i =>
            host.Permissions.SaveAsync(new PatientPermissions(patient, i % 2 == 0 ? AcsPermission.No : AcsPermission.Yes, AcsPermission.No), at, CancellationToken.None)).ToList();
        await Task.WhenAll(reads);
        await Task.WhenAll(writes);
        var last = await host.Permissions.HistoryAsync(patient, CancellationToken.None);

        Assert.That((await host.Permissions.FindAsync(patient, CancellationToken.None))?.View, Is.EqualTo(last.Last(c => c.Function == AcsFunction.View).NewValue));
    }
}
