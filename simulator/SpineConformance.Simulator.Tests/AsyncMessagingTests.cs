using System.Net.Http.Headers;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests;

public sealed class AsyncMessagingTests
{
    [Test]
    public async Task ReliableCreateLr_IsAcknowledgedWith202_AndTheReplyArrivesCorrelated()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        var nhsNumber = Some.NhsNumber().Value;
        var request = EbxmlClient.CreateLr(nhsNumber);

        var (status, answer) = await EbxmlClient.PostAsync(host, request);
        var replies = await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10));

        var ack = EbxmlSignalReader.Read("text/xml", answer).Acknowledgment;
        Assert.That(status, Is.EqualTo(202));
        Assert.That(ack?.RefToMessageId, Is.EqualTo(request.Header.MessageId), "the acknowledgement names the request");
        var reply = replies.Single().Message;
        Assert.Multiple(() =>
        {
            Assert.That(reply.Header.RefToMessageId, Is.EqualTo(request.Header.MessageId));
            Assert.That(reply.Header.ConversationId, Is.EqualTo(request.Header.ConversationId));
            Assert.That(reply.Header.Action, Is.EqualTo("REPC_IN020000UK13"));
            Assert.That(reply.Header.From.PartyId, Is.EqualTo("YES-0000806"));
            Assert.That(reply.Header.To.PartyId, Is.EqualTo(EbxmlClient.ClientPartyKey));
            Assert.That(reply.Header.DuplicateElimination, Is.True);
            Assert.That(reply.Header.AckRequested, Is.Not.Null);
        });
        var created = LrResponseReader.Read(reply.Payload!);
        var lrId = ((LrResponse.Succeeded<CreationResponseConfirm>)created).Payload.Id.Extension;
        Assert.That((await host.Services.GetRequiredService<IRelationshipStore>().FindAsync(LrId.From(lrId!), CancellationToken.None))?.NhsNumber, Is.EqualTo(nhsNumber));
    }

    [Test]
    public async Task DuplicateRequest_GetsTheOriginalAcknowledgement_AndNoSecondLr()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        var nhsNumber = Some.NhsNumber().Value;
        var request = EbxmlClient.CreateLr(nhsNumber);

        var (_, first) = await EbxmlClient.PostAsync(host, request);
        var (status, second) = await EbxmlClient.PostAsync(host, request);
        await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10));

        Assert.That(status, Is.EqualTo(202));
        Assert.That(second, Is.EqualTo(first), "the same acknowledgement, byte for byte");
        Assert.That(await host.Services.GetRequiredService<IRelationshipStore>().ForPatientAsync(NhsNumber.From(nhsNumber), CancellationToken.None), Has.Count.EqualTo(1));
        Assert.That(host.Journal.Snapshot().Last(e => e.EbxmlMessageId == request.Header.MessageId).Outcome, Does.StartWith("duplicate"));
    }

    [Test]
    public async Task UnacknowledgedReply_IsRetriedPerTheReceiversSettings_ThenGivenUp()
    {
        using var mhs = FakeMhs.Start();
        mhs.Acknowledge = false;
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.1S", retries: 2);

        await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(Some.NhsNumber().Value));
        var deliveries = await mhs.WaitForAsync(3, TimeSpan.FromSeconds(10));
        var outbox = host.Services.GetRequiredService<IOutbox>();
        await host.Journal.WaitForAsync(e => e.Direction == ExchangeDirection.Outbound && e.Outcome.StartsWith("undelivered", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));

        Assert.That(deliveries.Select(d => d.Message.Header.MessageId).Distinct().Count(), Is.EqualTo(1), "a retry resends the same message");
        var message = (await outbox.ListAsync(CancellationToken.None)).Single();
        Assert.That((message.State, message.Attempts), Is.EqualTo((Delivery.DeliveryState.Undelivered, 3)));
        Assert.That(host.Journal.Snapshot().Count(e => e.Direction == ExchangeDirection.Outbound), Is.EqualTo(3), "every attempt is journaled");
    }

    [Test]
    public async Task MissingAckRequested_OnTheReliablePath_IsAnsweredWithAMessageError()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        var request = EbxmlClient.CreateLr(Some.NhsNumber().Value);
        request = request with { Header = request.Header with { AckRequested = null } };

        var (status, answer) = await EbxmlClient.PostAsync(host, request);

        var error = EbxmlSignalReader.Read("text/xml", answer).MessageError;
        Assert.That(status, Is.EqualTo(200));
        Assert.That(error, Is.Not.Null);
        Assert.That(error!.Errors.Single().Description, Does.Contain("ACK_REQUESTED"));
        Assert.That(await host.Services.GetRequiredService<IRelationshipStore>().AllAsync(CancellationToken.None), Is.Empty, "nothing is processed");
    }

    [Test]
    public async Task StatusChange_OnACreatedLr_IsConfirmed_AndTheStateChanges()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        var nhsNumber = Some.NhsNumber().Value;
        await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(nhsNumber));
        var created = (await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10)))[0];
        var lrId = ((LrResponse.Succeeded<CreationResponseConfirm>)LrResponseReader.Read(created.Message.Payload!)).Payload.Id.Extension!;

        await EbxmlClient.PostAsync(host, EbxmlClient.Wrap(LrMessages.StatusChangeRequest(EbxmlClient.Context(), SCRequest.For("11", nhsNumber, LrAgent.Person.Of("100000000001", "100000000002"), lrId)),
            "REPC_IN040000UK15"));
        var replies = await mhs.WaitForAsync(2, TimeSpan.FromSeconds(10));

        Assert.That(replies[1].Message.Header.Action, Is.EqualTo("REPC_IN050000UK13"));
        Assert.That((await host.Services.GetRequiredService<IRelationshipStore>().FindAsync(LrId.From(lrId), CancellationToken.None))!.Status, Is.EqualTo(LrStatus.Inactive));
    }

    [Test]
    public async Task FaultRule_RetriableSoapFault_AppliesOnceThenTheRequestIsProcessed()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = "206", RemainingUses = 1 }, CancellationToken.None);
        var request = EbxmlClient.CreateLr(Some.NhsNumber().Value);

        var (first, faultBody) = await EbxmlClient.PostAsync(host, request);
        var (second, _) = await EbxmlClient.PostAsync(host, request);

        Assert.That((first, second), Is.EqualTo((500, 202)));
        Assert.That(Hl7.Soap.SoapFault.Read(Hl7.Xml.HardenedXml.Load(faultBody).Document!)!.Errors.Single().ErrorCode, Is.EqualTo("206"));
        await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10));
    }

    [Test]
    public async Task FaultRule_DuplicateReply_SendsTheSameReplyTwice()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.DuplicateReply, RemainingUses = 1 }, CancellationToken.None);

        await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(Some.NhsNumber().Value));
        var replies = await mhs.WaitForAsync(2, TimeSpan.FromSeconds(10));

        Assert.That(replies[0].Message.Header.MessageId, Is.EqualTo(replies[1].Message.Header.MessageId));
    }

    [Test]
    public async Task FaultRule_WithheldReply_IsNeverSent_ButTheLrIsCreated()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.WithholdReply }, CancellationToken.None);
        var nhsNumber = Some.NhsNumber().Value;

        var (status, _) = await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(nhsNumber));

        Assert.That(status, Is.EqualTo(202));
        Assert.That(await host.Services.GetRequiredService<IOutbox>().ListAsync(CancellationToken.None), Is.Empty);
        Assert.That(await host.Services.GetRequiredService<IRelationshipStore>().ForPatientAsync(NhsNumber.From(nhsNumber), CancellationToken.None), Has.Count.EqualTo(1));
        Assert.That(host.Journal.Snapshot().Single().Outcome, Does.Contain("withheld"));
    }

    [Test]
    public async Task FaultRule_BusinessErrorReply_AcceptsTheMessage_CreatesNothing_AndRepliesWithEveryReason()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        var nhsNumber = Some.NhsNumber().Value;
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule
        {
            Kind = FaultKind.BusinessErrorReply, NhsNumber = nhsNumber, RemainingUses = 1,
            Reasons = [new FaultReason("5000", "Request could not be processed"), new FaultReason("5001", "Held elsewhere")],
        }, CancellationToken.None);

        var (status, _) = await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(nhsNumber));
        var reply = (await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10))).Single().Message;

        Assert.That(status, Is.EqualTo(202), "the message itself is accepted");
        Assert.That(reply.Header.Action, Is.EqualTo(LrInteractions.ApplicationAcknowledgement));
        var refused = (LrResponse.Acknowledged)LrResponseReader.Read(reply.Payload!);
        Assert.That(refused.Reasons.Select(r => (r.Code, r.DisplayName)), Is.EqualTo(new[] { ("5000", "Request could not be processed"), ("5001", "Held elsewhere") }));
        Assert.That(await host.Services.GetRequiredService<IRelationshipStore>().ForPatientAsync(NhsNumber.From(nhsNumber), CancellationToken.None), Is.Empty, "nothing was processed");
    }

    [Test]
    public async Task AFaultRuleOnAnEbxmlMessageId_AppliesToThatMessageOnly()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        var targeted = EbxmlClient.CreateLr(Some.NhsNumber().Value);
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule
        {
            Kind = FaultKind.MessageError, MessageId = targeted.Header.MessageId.ToLowerInvariant(), Code = "DeliveryFailure",
        }, CancellationToken.None);

        var (otherStatus, _) = await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(Some.NhsNumber().Value));
        var (status, answer) = await EbxmlClient.PostAsync(host, targeted);

        Assert.That(otherStatus, Is.EqualTo(202), "another message id is processed as usual");
        Assert.That(status, Is.EqualTo(200));
        Assert.That(EbxmlSignalReader.Read("text/xml", answer).MessageError, Is.Not.Null, "the rule's MessageError, matched without regard to case");
    }
}
