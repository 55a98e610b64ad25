using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.FaultInjection;

/// <summary>
/// Transport faults on ebXML: Spine processes the message, then its Acknowledgment is lost, late, empty or cut short, so
/// a client's MHS must resend the same message and rely on Spine's duplicate elimination.
/// </summary>
[Parallelizable(ParallelScope.All)]
public sealed class EbxmlTransportFaultTests
{
    [Test]
    public async Task DropConnection_LosesTheAcknowledgment_AndTheResentMessageGetsTheOriginal_WithOneLr()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.DropConnection, RemainingUses = 1 }, CancellationToken.None);
        var nhsNumber = Some.NhsNumber().Value;
        var request = EbxmlClient.CreateLr(nhsNumber);

        Assert.ThrowsAsync<HttpRequestException>(() => EbxmlClient.PostAsync(host, request), "the connection closes with no answer");
        var (status, answer) = await EbxmlClient.PostAsync(host, request);

        Assert.That(status, Is.EqualTo(202));
        Assert.That(EbxmlSignalReader.Read("text/xml", answer).Acknowledgment?.RefToMessageId, Is.EqualTo(request.Header.MessageId),
            "the resent message is acknowledged as the original was");
        Assert.That(await host.Services.GetRequiredService<IRelationshipStore>().ForPatientAsync(NhsNumber.From(nhsNumber), CancellationToken.None), Has.Count.EqualTo(1), "processed once");
        var entries = host.Journal.Snapshot().Where(e => e.EbxmlMessageId == request.Header.MessageId).ToList();
        Assert.That(entries[0].Outcome, Does.Contain("then DropConnection"));
        Assert.That(entries[0].ResponseBody, Is.Empty, "the journal keeps what was sent: nothing");
        Assert.That(entries[1].Outcome, Does.StartWith("duplicate"));
    }

    [Test]
    public async Task EmptyResponse_Answers202WithNoAcknowledgment_ButTheReplyIsStillSent()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.EmptyResponse, Interaction = "REPC_IN010000UK15" }, CancellationToken.None);

        var (status, answer) = await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(Some.NhsNumber().Value));
        var replies = await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10));

        Assert.That((status, answer.Length), Is.EqualTo((202, 0)));
        Assert.That(replies.Single().Message.Header.Action, Is.EqualTo("REPC_IN020000UK13"), "only the acknowledgement was spoiled");
    }

    [Test]
    public async Task TruncatedResponse_CutsTheAcknowledgmentInHalf()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.TruncatedResponse, RemainingUses = 1 }, CancellationToken.None);
        var request = EbxmlClient.CreateLr(Some.NhsNumber().Value);

        var (_, cut) = await EbxmlClient.PostAsync(host, request);
        var (_, whole) = await EbxmlClient.PostAsync(host, request);

        Assert.That(EbxmlSignalReader.Read("text/xml", cut).Acknowledgment, Is.Null, "half an acknowledgement is none");
        Assert.That(cut, Is.EqualTo(whole[..(whole.Length / 2)]), "the first half of the very acknowledgement a resend gets");
    }
}
