using System.Net;
using SpineConformance.Hl7.Acs;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Testing;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Client.Tests;

/// <summary>Starting the simulator in-process the way a supplier's own test would, and seeing what it received.</summary>
public sealed class SpineSimulatorHostingTests
{
    [Test]
    public async Task StartAsync_NoOptions_ListensOnLoopbackPortTheOsAssignedAndStopsOnDispose()
    {
        var spine = await SpineSimulator.StartAsync();
        var address = spine.BaseAddress;
        try
        {
            Assert.That(address.Host, Is.EqualTo("127.0.0.1"));
            Assert.That(address.Port, Is.Not.EqualTo(0));
            Assert.That(await spine.Client.IsHealthyAsync(), Is.True);
        }
        finally
        {
            await spine.DisposeAsync();
        }

        using var after = SpineSimulatorClient.Create(address);
        Assert.That(await after.IsHealthyAsync(), Is.False, "a disposed simulator must no longer answer");
    }

    [Test]
    public async Task StartAsync_TwoInstances_KeepSeparateState()
    {
        await using var first = await SpineSimulator.StartAsync();
        await using var second = await SpineSimulator.StartAsync();
        var nhsNumber = Some.NhsNumber();

        await first.Client.SeedPermissionsAsync(new PatientPermissions(nhsNumber, AcsPermission.No, AcsPermission.No));

        Assert.That(second.BaseAddress, Is.Not.EqualTo(first.BaseAddress));
        Assert.That((await second.Client.GetPermissionsAsync(nhsNumber)).View, Is.Null, "the second simulator holds no decision for the patient");
    }

    [Test]
    public async Task JournalWaitForAsync_GetSentToSyncServiceUrl_ReturnsTheExchangeWithItsExactBytes()
    {
        await using var spine = await SpineSimulator.StartAsync();
        var nhsNumber = Some.NhsNumber().Value;
        var (sent, status, answer) = await SyncPost.GetAsync(spine.SyncServiceUrl, nhsNumber);

        var exchange = await spine.Journal.WaitForAsync(e => e.NhsNumber == nhsNumber, TimeSpan.FromSeconds(10));
        Assert.That(exchange.InteractionId, Is.EqualTo(AcsInteractions.Get.InteractionId));
        Assert.That(exchange.RequestBody, Is.EqualTo(sent));
        Assert.That(exchange.ResponseBody, Is.EqualTo(answer));
        Assert.That(exchange.StatusCode, Is.EqualTo(status));
        Assert.That(exchange.Direction, Is.EqualTo(ExchangeDirection.Inbound));
    }

    [Test]
    public async Task JournalWaitForAsync_NothingComes_TimesOutSayingWhatItWaitedFor()
    {
        await using var spine = await SpineSimulator.StartAsync();

        var waited = Assert.ThrowsAsync<TimeoutException>(() => spine.Journal.WaitForAsync(e => e.NhsNumber == "9434765919", TimeSpan.FromMilliseconds(300)));

        Assert.That(waited!.Message, Does.Contain("Waited 0.3 s for 1 journal entry").And.Contain("0 came"));
    }

    [Test]
    public async Task StartAsync_WithAdminApiKey_ClientSendsItAndAClientWithoutItIsRefused()
    {
        await using var spine = await SpineSimulator.StartAsync(new SpineSimulatorOptions { AdminApiKey = "a-long-enough-key" });
        using var keyless = SpineSimulatorClient.Create(spine.BaseAddress);

        Assert.That(await spine.Client.GetFaultRulesAsync(), Is.Empty);
        var refused = Assert.ThrowsAsync<SpineSimulatorException>(() => keyless.GetFaultRulesAsync());
        Assert.That(refused!.StatusCode, Is.EqualTo(HttpStatusCode.Unauthorized));
    }
}
