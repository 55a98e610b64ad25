using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>
/// What a file-backed simulator remembers across a restart beyond its state: the fault rules set up through the admin
/// API, and the reliable messages it has acknowledged, so a redelivery after the restart is still a duplicate.
/// </summary>
public sealed class RestartMemoryTests
{
    [Test]
    public async Task AFaultRuleAddedThroughTheAdminApi_IsStillInForceAfterARestart_WithItsUsesLeft()
    {
        using var file = new DataFile();
        await using (var first = await file.StartHostAsync())
        {
            using var admin = new HttpClient { BaseAddress = first.BaseAddress };
            using var added = await admin.PostAsJsonAsync("/admin/fault-rules", new { kind = "SoapFault", code = "206", remainingUses = 2 });
            Assert.That((int)added.StatusCode, Is.EqualTo(201));
            using var client = new SimulatorClient(first.BaseAddress);
            var (status, _, _) = await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);
            Assert.That(status, Is.EqualTo(500), "the rule's first use");
        }

        await using var second = await file.StartHostAsync();
        using var again = new SimulatorClient(second.BaseAddress);

        var (afterRestart, _, text) = await again.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);
        var (usedUp, _, _) = await again.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);

        Assert.That(afterRestart, Is.EqualTo(500), "the second use, after the restart");
        Assert.That(text, Does.Contain("206"));
        Assert.That(usedUp, Is.EqualTo(200), "two uses, then answered as usual");
        Assert.That((await second.Services.GetRequiredService<IFaultRuleStore>().ListAsync(CancellationToken.None)).Single().RemainingUses, Is.Zero);
    }

    [Test]
    public async Task AReliableMessageRedeliveredAfterARestart_GetsTheOriginalAcknowledgement_AndIsNotProcessedAgain()
    {
        using var file = new DataFile();
        using var mhs = FakeMhs.Start();
        var settings = new Dictionary<string, string?> { ["Simulator:InMemory"] = "false", ["Simulator:DataFile"] = file.Path };
        var nhsNumber = Some.NhsNumber();
        var request = EbxmlClient.CreateLr(nhsNumber.Value);
        byte[] original;
        await using (var first = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S", settings: settings))
        {
            (_, original) = await EbxmlClient.PostAsync(first, request);
            await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10));
        }

        await using var second = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S", settings: settings);
        var (status, redelivered) = await EbxmlClient.PostAsync(second, request);

        Assert.That(status, Is.EqualTo(202));
        Assert.That(redelivered, Is.EqualTo(original), "the same acknowledgement, byte for byte");
        Assert.That(await second.Services.GetRequiredService<IRelationshipStore>().ForPatientAsync(nhsNumber, CancellationToken.None), Has.Count.EqualTo(1),
            "one LR: the redelivery was not processed");
        Assert.That(second.Journal.Snapshot().Last(e => e.EbxmlMessageId == request.Header.MessageId).Outcome, Does.StartWith("duplicate"));
    }
}
