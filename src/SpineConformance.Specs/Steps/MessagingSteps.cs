using System.Xml.Linq;
using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;
using SpineConformance.Validation;
using SpineConformance.Validation.Ebxml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// The system's ebXML behaviour, seen from both ends: what it sent Spine (the simulator's journal) and what its MHS says
/// it sent and received (the driver). Fault rules are keyed on the scenario's patient, so parallel scenarios are unaffected.
/// </summary>
[Binding]
public sealed class MessagingSteps(ScenarioState state, SimulatorControl simulator, ISutLrDriver sut, SuiteSchemas schemas, Evidence evidence)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    private byte[]? replayAnswer;

    [Given("Spine will send its next reply twice")]
    public Task ReplyTwice() => FaultAsync(new FaultRule { Kind = FaultKind.DuplicateReply, RemainingUses = 1 });

    [Given("Spine will answer the system's next message with SOAP fault {int}")]
    public Task SoapFault(string code) => FaultAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = code, RemainingUses = 1 });

    // Every copy of the message gets the same MessageError, as Spine would answer the same message again: a resend
    // (by the MHS or any layer under it) shows in the journal as a second attempt, never as a quiet success.
    [Given("Spine will answer the system's next message with an ebXML MessageError")]
    public Task MessageError() => FaultAsync(new FaultRule { Kind = FaultKind.MessageError });

    [Given("Spine will reply to the system's next message about the patient with an error, with the reasons:")]
    public Task ReplyWithError(DataTable reasons) => FaultAsync(new FaultRule
    {
        Kind = FaultKind.BusinessErrorReply, RemainingUses = 1,
        Reasons = [.. reasons.Rows.Select(r => new FaultReason(r["code"], r["text"]))],
    });

    [Given("Spine will lose the system's first {int} acknowledgements of its next reply")]
    public Task LoseAcknowledgements(int count) =>
        FaultAsync(new FaultRule { Kind = FaultKind.LoseAcknowledgements, Code = count.ToString(System.Globalization.CultureInfo.InvariantCulture), RemainingUses = 1 });

    [Then("Spine acknowledged the system's reliable message with HTTP 202")]
    public void Acknowledged()
    {
        var request = Request();
        var signal = EbxmlSignalReader.Read("text/xml", request.ResponseBody);
        Assert.That(request.StatusCode, Is.EqualTo(202), request.Outcome);
        Assert.That(signal.Acknowledgment?.RefToMessageId, Is.EqualTo(request.EbxmlMessageId), "Spine's Acknowledgment names the system's message");
    }

    [Then("^the system's message is a valid ebXML reliable message for (.*)$")]
    public void ValidReliable(string interactionId)
    {
        var request = Request();
        var read = EbxmlReader.Read(request.RequestContentType, request.RequestBody);
        var report = EbxmlValidator.Validate(read, EbxmlPattern.Reliable);
        evidence.AttachReport("ebXML validation report", report);
        Assert.That(report.Errors, Is.Empty, report.ToString());
        Assert.Multiple(() =>
        {
            Assert.That(read.Message.Header.Action, Is.EqualTo(interactionId), "eb:Action");
            Assert.That(read.Message.Header.To.PartyId, Is.EqualTo("YES-0000806"), "eb:To is Spine's party key");
            Assert.That(read.Message.Header.ConversationId, Is.EqualTo(state.Async?.ConversationId), "the ConversationId the system reports");
            Assert.That(read.Message.Payload?.Root?.Name.LocalName, Is.EqualTo(interactionId), "the HL7 payload's interaction");
        });
    }

    [Then("the HL7 payload is valid against the run's schemas")]
    public void PayloadSchema()
    {
        var payload = Payload();
        var report = schemas.Validate(payload.Root!);
        evidence.AttachReport($"Schema validation report ({schemas.Name})", report);
        Assert.That(report.Errors, Is.Empty, report.ToString());
    }

    [Then("^the HL7 payload passes every Spine rule for (.*)$")]
    public void PayloadRules(string interactionId)
    {
        var request = Request();
        var read = EbxmlReader.Read(request.RequestContentType, request.RequestBody);
        var validator = ValidationProfiles.AsyncPayload(interactionId, strict: true) ?? throw new InvalidOperationException($"No payload rules for {interactionId}.");
        var message = SyncMessage.FromHl7Payload(read.Message.Payload!, read.Message.Header.SoapAction)!;
        var interaction = new SyncInteraction(interactionId, read.Message.Header.Service, string.Empty, string.Empty, string.Empty, string.Empty);
        var report = validator.Validate(new MessageUnderTest(message, read.Message.Header.SoapAction, interaction));
        var rules = new ValidationReport(report.Findings.Where(f => f.Layer != ValidationLayer.Schema).ToList());
        evidence.AttachReport($"Rule report ({validator.Rules.Count} rules)", rules);
        Assert.That(rules.Errors, Is.Empty, rules.ToString());
    }

    [When("the system's message is delivered to Spine again")]
    public async Task Replay()
    {
        var request = Request();
        replayAnswer = await simulator.SendAsync(request.Path, request.RequestContentType, request.SoapAction, request.RequestBody);
        evidence.Attach("Spine's answer to the replayed message", "application/xml", replayAnswer);
    }

    [Then("Spine answers the duplicate with its original acknowledgement")]
    public void OriginalAcknowledgement() =>
        Assert.That(replayAnswer, Is.EqualTo(Request().ResponseBody), "the same acknowledgement, byte for byte");

    [Then("the system acknowledged Spine's reply on the first attempt, naming the reply and its conversation")]
    public async Task AcknowledgedFirstTime()
    {
        var deliveries = await DeliveriesAsync(1);
        var first = deliveries[0];
        var reply = EbxmlReader.Read(first.RequestContentType, first.RequestBody);
        var ack = EbxmlSignalReader.Read("text/xml", first.ResponseBody).Acknowledgment;
        evidence.Attach("The system's acknowledgement of Spine's reply", "application/xml", first.ResponseBody);
        Assert.Multiple(() =>
        {
            Assert.That(first.Outcome, Does.StartWith("delivered"), "Spine got an acknowledgement for its first attempt");
            Assert.That(ack?.RefToMessageId, Is.EqualTo(first.EbxmlMessageId), "RefToMessageId names Spine's reply");
            Assert.That(ack?.Header.ConversationId, Is.EqualTo(state.Async?.ConversationId), "the acknowledgement stays in the conversation");
            Assert.That(reply.Message.Header.RefToMessageId, Is.EqualTo(state.Async?.MessageId), "Spine's reply names the system's request");
        });
    }

    [Then("Spine delivered its reply {int} times, the last one acknowledged")]
    public async Task DeliveredTimes(int times)
    {
        var deliveries = await DeliveriesAsync(times);
        Assert.That(deliveries, Has.Count.EqualTo(times));
        Assert.That(deliveries[^1].Outcome, Does.StartWith("delivered"));
        Assert.That(deliveries.Select(d => d.EbxmlMessageId).Distinct().Count(), Is.EqualTo(1), "each resend is the same message");
    }

    [Then("^the system acknowledged (?:both copies|every copy) of Spine's reply and applied it once$")]
    public async Task AppliedOnce()
    {
        // Spine journals a delivery once the system has answered it, so after two deliveries the system has seen both.
        var copies = await DeliveriesAsync(2);
        var received = (await sut.ReceivedAsync(CancellationToken.None)).Where(r => r.ConversationId == state.Async?.ConversationId).ToList();
        evidence.AttachJson("What the system's MHS received in this conversation", received);
        Assert.That(received, Has.Count.GreaterThanOrEqualTo(2), "the system received more than one copy");
        Assert.That(received.Count(r => r.Applied), Is.EqualTo(1), "the reply is applied once");
        Assert.That(received.Skip(1), Has.All.Matches<SutReceivedMessage>(r => r.Duplicate), "later copies are recognised as duplicates");
        Assert.That(copies.TakeLast(received.Count - 1).Select(c => EbxmlSignalReader.Read("text/xml", c.ResponseBody).Acknowledgment?.RefToMessageId),
            Has.All.EqualTo(copies[0].EbxmlMessageId), "each copy is acknowledged");
    }

    /// <summary>Judged from the simulator's journal (what reached Spine), with the system's own MHS log attached as evidence.</summary>
    [Then("the system sent the same message again after the fault")]
    public async Task Retried()
    {
        var conversation = Conversation();
        var attempts = await simulator.WaitForConversationAsync(conversation, ExchangeDirection.Inbound, 2,
            $"the system's resend of its message in conversation {conversation}", Patience);
        await AttachMhsLogAsync();
        Assert.Multiple(() =>
        {
            Assert.That(attempts[0].StatusCode, Is.EqualTo(500), $"Spine answered the first attempt with the SOAP fault: {attempts[0].Outcome}");
            Assert.That(attempts.Select(a => a.EbxmlMessageId).Distinct(StringComparer.OrdinalIgnoreCase).Count(), Is.EqualTo(1),
                $"A resend reuses the MessageId; Spine received {Describe(attempts)}");
        });
    }

    /// <summary>
    /// Counted in the simulator's journal, once the system has reported the failure: a resend by any layer under the MHS
    /// (an HTTP client's own retry policy) reaches Spine and counts, whatever the system's log says.
    /// </summary>
    [Then("the system sent its message once only")]
    public async Task SentOnce()
    {
        var attempts = (await simulator.ExchangesInConversationAsync(Conversation())).Where(e => e.Direction == ExchangeDirection.Inbound).ToList();
        var logged = await AttachMhsLogAsync();
        Assert.That(attempts, Has.Count.EqualTo(1),
            $"After an ebXML MessageError the system must not send again; Spine received {Describe(attempts)}. The system's own MHS log records {logged} attempt(s).");
    }

    private string Conversation() => state.Async?.ConversationId ?? throw new AssertionException($"The system started no conversation: {state.Async?.Outcome}: {state.Async?.Message}");

    private async Task<int> AttachMhsLogAsync()
    {
        var attempts = (await sut.SentAsync(CancellationToken.None)).Where(a => a.ConversationId == state.Async?.ConversationId).OrderBy(a => a.Attempt).ToList();
        evidence.AttachJson("What the system's MHS says it sent in this conversation", attempts);
        return attempts.Count;
    }

    private static string Describe(IReadOnlyList<JournalEntry> attempts) =>
        $"{attempts.Count} attempt(s): " + string.Join("; ", attempts.Select(a =>
            $"{a.ReceivedAt.ToUniversalTime():HH:mm:ss.fff} eb:MessageId {a.EbxmlMessageId}, HTTP {a.StatusCode}, {a.Outcome}"));

    private async Task FaultAsync(FaultRule rule) => evidence.AttachJson("Fault rule", await simulator.AddFaultRuleAsync(rule with { NhsNumber = state.NhsNumber }));

    private JournalEntry Request() =>
        state.Exchanges.FirstOrDefault(e => e.Direction == ExchangeDirection.Inbound && e.EbxmlMessageId is not null && e.StatusCode == 202)
        ?? state.Exchanges.FirstOrDefault(e => e.Direction == ExchangeDirection.Inbound)
        ?? throw new AssertionException("The system's message did not reach Spine.");

    private XDocument Payload()
    {
        var request = Request();
        return EbxmlReader.Read(request.RequestContentType, request.RequestBody).Message.Payload
            ?? throw new AssertionException("The system's ebXML message carries no HL7 payload.");
    }

    private async Task<IReadOnlyList<JournalEntry>> DeliveriesAsync(int atLeast)
    {
        var conversation = state.Async?.ConversationId ?? throw new InvalidOperationException("No asynchronous request was made.");
        var deliveries = await simulator.WaitForConversationAsync(conversation, ExchangeDirection.Outbound, atLeast,
            $"Spine's {atLeast} deliveries of its reply in conversation {conversation}", Patience);
        foreach (var delivery in deliveries)
        {
            evidence.AttachExchange(delivery);
        }

        return deliveries;
    }
}
