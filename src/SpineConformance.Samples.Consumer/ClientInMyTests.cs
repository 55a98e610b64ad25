using NUnit.Framework;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Testing;

namespace MyGpSystem.SpineTests;

/// <summary>
/// The admin client on its own, for a simulator something else started (a shared test environment, `spine-simulator`
/// in a container): here one started in-process stands in for it, and only its address is used.
/// </summary>
public sealed class ClientInMyTests
{
    [Test]
    public async Task AClient_SeedsAnLr_AndReadsItBack()
    {
        await using var elsewhere = await SpineSimulator.StartAsync();
        var address = elsewhere.BaseAddress;   // e.g. new Uri("http://spine-simulator.test:5000")

        // README: Simulator.Client
        using var client = SpineSimulatorClient.Create(address, apiKey: null);
        var lr = await client.SeedRelationshipAsync(new LrSeed { NhsNumber = "9434765919", RoleProfileId = "100000000011", UserId = "100000000012" });
        var held = await client.GetRelationshipsAsync("9434765919");
        Assert.That(held.Select(r => r.Id), Does.Contain(lr.Id));
        Assert.That(await client.IsHealthyAsync(), Is.True);
        // README: end
    }
}
