using System.Net.Http.Headers;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Lr;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests;

public sealed class AsyncMessagingTests
{
    private const string ClientPartyKey = "A12345-0000101";

    [Test]
    public async Task ReliableCreateLr_IsAcknowledgedWith202_AndTheReplyArrivesCorrelated()
    {
        await using var mhs = await FakeMhs.StartAsync();
        await using var host = await StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        var nhsNumber = Some.NhsNumber().Value;
        var request = CreateLr(nhsNumber);

        var (status, answer) = await PostAsync(host, request);
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
            Assert.That(reply.Header.To.PartyId, Is.EqualTo(ClientPartyKey));
            Assert.That(reply.Header.DuplicateElimination, Is.True);
            Assert.That(reply.Header.AckRequested, Is.Not.Null);
        });
        var created = LrResponseReader.Read(reply.Payload!);
        var lrId = ((LrResponse.Succeeded<CreationResponseConfirm>)created).Payload.Id.Extension;
        Assert.That(host.Services.GetRequiredService<IRelationshipStore>().Find(lrId!)?.NhsNumber, Is.EqualTo(nhsNumber));
    }

    [Test]
    public async Task DuplicateRequest_GetsTheOriginalAcknowledgement_AndNoSecondLr()
    {
        await using var mhs = await FakeMhs.StartAsync();
        await using var host = await StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        var nhsNumber = Some.NhsNumber().Value;
        var request = CreateLr(nhsNumber);

        var (_, first) = await PostAsync(host, request);
        var (status, second) = await PostAsync(host, request);
        await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10));

        Assert.That(status, Is.EqualTo(202));
        Assert.That(second, Is.EqualTo(first), "the same acknowledgement, byte for byte");
        Assert.That(host.Services.GetRequiredService<IRelationshipStore>().ForPatient(nhsNumber), Has.Count.EqualTo(1));
        Assert.That(host.Journal.Snapshot().Last(e => e.EbxmlMessageId == request.Header.MessageId).Outcome, Does.StartWith("duplicate"));
    }

    [Test]
    public async Task UnacknowledgedReply_IsRetriedPerTheReceiversSettings_ThenGivenUp()
    {
        await using var mhs = await FakeMhs.StartAsync();
        mhs.Acknowledge = false;
        await using var host = await StartSimulatorAsync(mhs, retryInterval: "PT0.1S", retries: 2);

        await PostAsync(host, CreateLr(Some.NhsNumber().Value));
        var deliveries = await mhs.WaitForAsync(3, TimeSpan.FromSeconds(10));
        var outbox = host.Services.GetRequiredService<Delivery.IOutbox>();
        await host.Journal.WaitForAsync(e => e.Direction == Journal.ExchangeDirection.Outbound && e.Outcome.StartsWith("undelivered", StringComparison.Ordinal),
            TimeSpan.FromSeconds(10));

        Assert.That(deliveries.Select(d => d.Message.Header.MessageId).Distinct().Count(), Is.EqualTo(1), "a retry resends the same message");
        var message = outbox.Snapshot().Single();
        Assert.That((message.State, message.Attempts), Is.EqualTo((Delivery.DeliveryState.Undelivered, 3)));
        Assert.That(host.Journal.Snapshot().Count(e => e.Direction == Journal.ExchangeDirection.Outbound), Is.EqualTo(3), "every attempt is journaled");
    }

    [Test]
    public async Task MissingAckRequested_OnTheReliablePath_IsAnsweredWithAMessageError()
    {
        await using var mhs = await FakeMhs.StartAsync();
        await using var host = await StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        var request = CreateLr(Some.NhsNumber().Value);
        request = request with { Header = request.Header with { AckRequested = null } };

        var (status, answer) = await PostAsync(host, request);

        var error = EbxmlSignalReader.Read("text/xml", answer).MessageError;
        Assert.That(status, Is.EqualTo(200));
        Assert.That(error, Is.Not.Null);
        Assert.That(error!.Errors.Single().Description, Does.Contain("ACK_REQUESTED"));
        Assert.That(host.Services.GetRequiredService<IRelationshipStore>().All(), Is.Empty, "nothing is processed");
    }

    [Test]
    public async Task StatusChange_OnACreatedLr_IsConfirmed_AndTheStateChanges()
    {
        await using var mhs = await FakeMhs.StartAsync();
        await using var host = await StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        var nhsNumber = Some.NhsNumber().Value;
        await PostAsync(host, CreateLr(nhsNumber));
        var created = (await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10)))[0];
        var lrId = ((LrResponse.Succeeded<CreationResponseConfirm>)LrResponseReader.Read(created.Message.Payload!)).Payload.Id.Extension!;

        await PostAsync(host, Wrap(LrMessages.StatusChangeRequest(Context(), SCRequest.For("11", nhsNumber, LrAgent.Person.Of("100000000001", "100000000002"), lrId)),
            "REPC_IN040000UK15"));
        var replies = await mhs.WaitForAsync(2, TimeSpan.FromSeconds(10));

        Assert.That(replies[1].Message.Header.Action, Is.EqualTo("REPC_IN050000UK13"));
        Assert.That(host.Services.GetRequiredService<IRelationshipStore>().Find(lrId)!.Status, Is.EqualTo(LrStatus.Inactive));
    }

    [Test]
    public async Task FaultRule_RetriableSoapFault_AppliesOnceThenTheRequestIsProcessed()
    {
        await using var mhs = await FakeMhs.StartAsync();
        await using var host = await StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        host.Services.GetRequiredService<Faults.FaultRules>().Add(new Faults.FaultRule { Kind = Faults.FaultKind.SoapFault, Code = "206", RemainingUses = 1 });
        var request = CreateLr(Some.NhsNumber().Value);

        var (first, faultBody) = await PostAsync(host, request);
        var (second, _) = await PostAsync(host, request);

        Assert.That((first, second), Is.EqualTo((500, 202)));
        Assert.That(Hl7.Soap.SoapFault.Read(Hl7.Xml.HardenedXml.Load(faultBody).Document!)!.Errors.Single().ErrorCode, Is.EqualTo("206"));
        await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10));
    }

    [Test]
    public async Task FaultRule_DuplicateReply_SendsTheSameReplyTwice()
    {
        await using var mhs = await FakeMhs.StartAsync();
        await using var host = await StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        host.Services.GetRequiredService<Faults.FaultRules>().Add(new Faults.FaultRule { Kind = Faults.FaultKind.DuplicateReply, RemainingUses = 1 });

        await PostAsync(host, CreateLr(Some.NhsNumber().Value));
        var replies = await mhs.WaitForAsync(2, TimeSpan.FromSeconds(10));

        Assert.That(replies[0].Message.Header.MessageId, Is.EqualTo(replies[1].Message.Header.MessageId));
    }

    [Test]
    public async Task FaultRule_WithheldReply_IsNeverSent_ButTheLrIsCreated()
    {
        await using var mhs = await FakeMhs.StartAsync();
        await using var host = await StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        host.Services.GetRequiredService<Faults.FaultRules>().Add(new Faults.FaultRule { Kind = Faults.FaultKind.WithholdReply });
        var nhsNumber = Some.NhsNumber().Value;

        var (status, _) = await PostAsync(host, CreateLr(nhsNumber));

        Assert.That(status, Is.EqualTo(202));
        Assert.That(host.Services.GetRequiredService<Delivery.IOutbox>().Snapshot(), Is.Empty);
        Assert.That(host.Services.GetRequiredService<IRelationshipStore>().ForPatient(nhsNumber), Has.Count.EqualTo(1));
        Assert.That(host.Journal.Snapshot().Single().Outcome, Does.Contain("withheld"));
    }

    [Test]
    public async Task AFaultRuleOnAnEbxmlMessageId_AppliesToThatMessageOnly()
    {
        await using var mhs = await FakeMhs.StartAsync();
        await using var host = await StartSimulatorAsync(mhs, retryInterval: "PT0.2S");
        var targeted = CreateLr(Some.NhsNumber().Value);
        host.Services.GetRequiredService<Faults.FaultRules>().Add(new Faults.FaultRule
        {
            Kind = Faults.FaultKind.MessageError, MessageId = targeted.Header.MessageId.ToLowerInvariant(), Code = "DeliveryFailure",
        });

        var (otherStatus, _) = await PostAsync(host, CreateLr(Some.NhsNumber().Value));
        var (status, answer) = await PostAsync(host, targeted);

        Assert.That(otherStatus, Is.EqualTo(202), "another message id is processed as usual");
        Assert.That(status, Is.EqualTo(200));
        Assert.That(EbxmlSignalReader.Read("text/xml", answer).MessageError, Is.Not.Null, "the rule's MessageError, matched without regard to case");
    }

    private static async Task<SpineSimulatorHost> StartSimulatorAsync(FakeMhs mhs, string retryInterval, int retries = 2)
    {
        var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:Delivery:ReplyDelay"] = "00:00:00" });
        var directory = host.Services.GetRequiredService<SpineDirectory>();
        var system = directory.SystemByAsid(SampleRequests.SenderAsid)!;
        directory.Upsert(system with
        {
            MhsEndpoint = mhs.Endpoint.ToString(),
            Reliability = system.Reliability with { Retries = retries, RetryInterval = System.Xml.XmlConvert.ToTimeSpan(retryInterval) },
        });
        return host;
    }

    private static AsyncRequestContext Context() => AsyncRequestContext.From(SampleRequests.Outgoing() with
    {
        Hl7MessageId = Hl7.Soap.WsaMessageId.UpperGuid(new SequentialIdSource().NextId()),
    });

    private static EbxmlMessage CreateLr(string nhsNumber) =>
        Wrap(LrMessages.CreateRequest(Context(), CreateRequest.For("06", LrAgent.Person.Of("100000000001", "100000000002"), nhsNumber,
            LrAgent.RequestingUser.Of("100000000001", "100000000002"))), "REPC_IN010000UK15");

    private static EbxmlMessage Wrap(XElement hl7, string action)
    {
        var ids = new Hl7.Time.RandomIdSource();
        var header = new EbxmlHeader(new EbxmlParty(ClientPartyKey), new EbxmlParty("YES-0000806"), "S200000000101",
            EbxmlMessageId.New(ids), LrInteractions.LrsService, action, EbxmlMessageId.New(ids), "2026-11-22T10:15:00Z").WithPattern(EbxmlPattern.Reliable);
        return new EbxmlMessage(header, new XDocument(hl7));
    }

    private static async Task<(int Status, byte[] Body)> PostAsync(SpineSimulatorHost host, EbxmlMessage message)
    {
        var wire = EbxmlWriter.Write(message);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var content = new ByteArrayContent(wire.Body.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", wire.ContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/reliablemessaging/reliablerequest") { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", wire.SoapAction);
        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }
}
