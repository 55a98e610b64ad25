using System.Xml.Linq;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Validation;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Async;

/// <summary>
/// The business half of an asynchronous request: validate the HL7 payload, let the interaction's handler act on it (or
/// answer MCCI AE with the validation errors), and queue the reply to the sender's MHS endpoint as an ebXML message with
/// the request's ConversationId and its MessageId as RefToMessageId, reliable per the receiver's SDS settings.
/// </summary>
internal sealed class AsyncBusiness(
    SpineDirectory directory,
    IOutbox outbox,
    DeliverySignal signal,
    RequestJournal journal,
    TimeProvider time,
    IIdSource ids,
    IOptions<SimulatorOptions> options,
    IOptions<DeliveryOptions> delivery)
{
    public async Task<(string Outcome, ValidationReport Report)> ProcessAsync(
        EbxmlMessage request, AsyncInteractionHandler handler, DateTimeOffset receivedAt, FaultRule? fault, CancellationToken cancellationToken)
    {
        var header = request.Header;
        if (request.Payload is null || SyncMessage.FromHl7Payload(request.Payload, header.SoapAction) is not { Interaction: not null } payload)
        {
            return ("no HL7 payload to process", ValidationReport.Empty);
        }

        var context = new AsyncResponseContext(
            WsaMessageId.UpperGuid(ids.NextId()), Hl7Timestamp.Format(time.GetUtcNow()), payload.Hl7Id ?? string.Empty,
            payload.BodySenderAsid ?? string.Empty, options.Value.SpineAsid);
        var report = ValidationProfiles.AsyncPayload(handler.Interaction.InteractionId, options.Value.Strict)?.Validate(
            new MessageUnderTest(payload, header.SoapAction, new SyncInteraction(handler.Interaction.InteractionId, handler.Interaction.Service,
                handler.Interaction.ResponseInteractionId, string.Empty, string.Empty, string.Empty))) ?? ValidationReport.Empty;
        var reply = fault?.Kind == FaultKind.BusinessErrorReply
            ? Refused(context, fault)
            : report.IsValid
                ? await handler.AcceptAsync(header, payload, context, receivedAt, cancellationToken)
                : Rejected(context, report.DecidingErrors);
        return (await QueueAsync(header, reply, fault), report);
    }

    private static AsyncReply Rejected(AsyncResponseContext context, IReadOnlyList<Finding> errors) => new(
        LrMessages.ApplicationAcknowledgement(context, AcknowledgementType.AE,
            errors.Select(f => LrMessages.LrIssue(f.FaultName ?? f.RuleId, $"{f.Message} ({f.XPath})")).DistinctBy(i => i.DisplayName).ToList()),
        Hl7Constants.McciApplicationAcknowledgement,
        "MCCI AE: " + string.Join(", ", errors.Select(f => f.FaultName ?? f.RuleId).Distinct()));

    private static AsyncReply Refused(AsyncResponseContext context, FaultRule fault)
    {
        var reasons = fault.BusinessReasons();
        return new AsyncReply(
            LrMessages.ApplicationAcknowledgement(context, AcknowledgementType.AE, [.. reasons.Select(r => LrMessages.LrIssue(r.Code, r.Text ?? $"Injected by {fault}"))]),
            Hl7Constants.McciApplicationAcknowledgement,
            $"MCCI AE: {string.Join(", ", reasons.Select(r => r.Code))} ({fault})");
    }

    private async Task<string> QueueAsync(EbxmlHeader request, AsyncReply reply, FaultRule? fault)
    {
        if (fault?.Kind == FaultKind.WithholdReply)
        {
            return $"{reply.Outcome}; reply {reply.InteractionId} withheld ({fault})";
        }

        var receiver = directory.SystemByPartyKey(request.From.PartyId);
        var reliability = receiver?.Reliability ?? new ReliabilitySettings();
        var pattern = reliability.AckRequested == "always" ? EbxmlPattern.Reliable : EbxmlPattern.Express;
        var replyHeader = new EbxmlHeader(
            new EbxmlParty(directory.SpinePartyKey), request.From, request.CpaId, request.ConversationId, request.Service, reply.InteractionId,
            EbxmlMessageId.New(ids), EbxmlTimestamp.Now(time))
        {
            RefToMessageId = request.MessageId,
        }.WithPattern(pattern);
        var wire = EbxmlWriter.Write(new EbxmlMessage(replyHeader, new XDocument(reply.Hl7)));
        if (receiver?.MhsEndpoint is not { Length: > 0 } endpoint || !Uri.TryCreate(endpoint, UriKind.Absolute, out var target) || !EndpointAddress.IsHttp(target))
        {
            await JournalUndeliverableAsync(request, replyHeader, wire, reply,
                $"no http:// or https:// MHS endpoint is registered for party key '{request.From.PartyId}' (PUT /admin/directory/systems/{{asid}} with mhsEndpoint)");
            return $"{reply.Outcome}; reply {reply.InteractionId} NOT queued: no MHS endpoint registered for {request.From.PartyId}";
        }

        var now = time.GetUtcNow();
        var firstAttempt = now + (fault?.Kind == FaultKind.DelayReply ? fault.Delay ?? TimeSpan.Zero : delivery.Value.ReplyDelay);
        var message = new OutboundMessage
        {
            Endpoint = target,
            ContentType = wire.ContentType,
            SoapAction = wire.SoapAction,
            Body = wire.Body.ToArray(),
            MessageId = replyHeader.MessageId,
            ConversationId = replyHeader.ConversationId,
            RefToMessageId = request.MessageId,
            RecipientAsid = receiver.Asid,
            InteractionId = reply.InteractionId,
            NhsNumber = reply.NhsNumber,
            AcknowledgmentRequired = pattern == EbxmlPattern.Reliable,
            // Clamped as well as checked on input: a directory stored by an older simulator may hold values outside the bounds.
            MaxAttempts = 1 + Math.Clamp(reliability.Retries, 0, ReliabilitySettings.MaxRetries),
            RetryInterval = TimeSpan.FromTicks(Math.Clamp(reliability.RetryInterval.Ticks, ReliabilitySettings.MinRetryInterval.Ticks, ReliabilitySettings.MaxRetryInterval.Ticks)),
            NextAttemptAt = firstAttempt,
            ExpiresAt = firstAttempt + TimeSpan.FromTicks(Math.Clamp(reliability.PersistDuration.Ticks, 0, ReliabilitySettings.MaxPersistDuration.Ticks)),
            AcknowledgementsToLose = fault?.Kind == FaultKind.LoseAcknowledgements
                ? int.TryParse(fault.Code, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1
                : 0,
        };
        await outbox.EnqueueAsync(message, CancellationToken.None);
        if (fault?.Kind == FaultKind.DuplicateReply)
        {
            await outbox.EnqueueAsync(message with { LastOutcome = $"duplicate sent on purpose ({fault})" }, CancellationToken.None);
        }

        signal.Notify();
        return $"{reply.Outcome}; reply {reply.InteractionId} queued for {endpoint}{(fault is null ? string.Empty : $" ({fault})")}";
    }

    private Task JournalUndeliverableAsync(EbxmlHeader request, EbxmlHeader reply, EbxmlHttpMessage wire, AsyncReply business, string why) =>
        journal.AddAsync(new JournalEntry(journal.NextId(), time.GetUtcNow(), TimeSpan.Zero, "(no MHS endpoint)", wire.SoapAction, business.InteractionId, 0,
            wire.Body.ToArray(), [], new ValidationReport([new Finding("SDS-MHS-ENDPOINT", null, ValidationLayer.Transport, Severity.Warning,
                "eb:MessageHeader/eb:From/eb:PartyId", "a registered MHS endpoint", "none", $"The reply could not be sent: {why}.")]))
        {
            Direction = ExchangeDirection.Outbound,
            NhsNumber = business.NhsNumber,
            ConversationId = reply.ConversationId,
            EbxmlMessageId = reply.MessageId,
            RefToMessageId = request.MessageId,
            Outcome = $"undeliverable: {why}",
        });
}
