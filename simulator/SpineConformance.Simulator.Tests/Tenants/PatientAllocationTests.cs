using System.Net;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.State;
using SpineConformance.Simulator.Tests.Persistence;

namespace SpineConformance.Simulator.Tests.Tenants;

/// <summary>
/// Issue 20: <c>POST /admin/patients/allocate</c> hands out valid NHS numbers from the 999 test range, never the same one
/// twice: not to concurrent callers, not to two tenants, not after a restart on the same data file.
/// </summary>
public sealed class PatientAllocationTests
{
    [Test]
    public async Task Allocate_GivesValidNumbersFromThe999Range_NoneASeededPatient()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var client = SpineSimulatorClient.Create(host.BaseAddress);

        var numbers = await client.AllocatePatientsAsync(50);

        Assert.That(numbers, Has.Count.EqualTo(50));
        Assert.That(numbers.Select(n => n.Value), Is.Unique);
        Assert.That(numbers.Select(n => n.Value), Has.All.StartsWith("999"));
        Assert.That(numbers.Select(n => NhsNumber.IsValid(n.Value)), Has.All.True);
        Assert.That(numbers.Select(n => n.Value), Has.None.AnyOf(SyntheticPatients.All.Select(p => p.NhsNumber.Value).ToArray()));
    }

    [Test]
    public async Task ConcurrentCallers_AndTwoTenants_NeverGetTheSameNumber()
    {
        await using var tenants = await TwoTenants.StartAsync();

        var batches = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => (i % 2 == 0 ? tenants.A : tenants.B).AllocatePatientsAsync(5)));

        var all = batches.SelectMany(b => b).Select(n => n.Value).ToList();
        Assert.That(all, Has.Count.EqualTo(100));
        Assert.That(all, Is.Unique);
    }

    [Test]
    public async Task AfterARestartOnTheSameDataFile_NoNumberIsHandedOutAgain()
    {
        using var file = new DataFile();
        IReadOnlyList<NhsNumber> before;
        await using (var host = await file.StartHostAsync())
        {
            using var client = SpineSimulatorClient.Create(host.BaseAddress);
            before = await client.AllocatePatientsAsync(10);
        }

        await using (var host = await file.StartHostAsync())
        {
            using var client = SpineSimulatorClient.Create(host.BaseAddress);
            var after = await client.AllocatePatientsAsync(10);

            Assert.That(after.Select(n => n.Value), Has.None.AnyOf(before.Select(n => n.Value).ToArray()));
        }
    }

    [TestCase(0)]
    [TestCase(1001)]
    public async Task ACountOutsideOneToAThousand_Is400NamingTheBounds(int count)
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var client = SpineSimulatorClient.Create(host.BaseAddress);

        var error = Assert.ThrowsAsync<SpineSimulatorException>(() => client.AllocatePatientsAsync(count));

        Assert.That(error!.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(error.Problem?.Detail, Does.Contain("from 1 to 1000"));
    }
}
