using System.Diagnostics;
using System.Xml.Linq;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;
using SpineConformance.Hl7.Xml;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Validation;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Simulator.Sync;

/// <summary>
/// The synchronous pipeline, in Spine's order: SOAPAction → well-formed SOAP → validation (transport,
/// wrapper, schema, business) → the interaction's handler. Every exchange is journaled, whatever happens.
/// </summary>
internal sealed class SyncDispatcher(
    IEnumerable<SyncInteractionHandler> handlers,
    SyncErrorReplies errorReplies,
    Directory.SdsRegistrationCheck registration,
    Faults.FaultRules faults,
    RequestJournal journal,
    TimeProvider time,
    IIdSource ids,
    IOptions<SimulatorOptions> options,
    ILogger<SyncDispatcher> logger)
{
    private readonly Dictionary<string, SyncInteractionHandler> byAction =
        handlers.ToDictionary(h => h.Interaction.Action, StringComparer.Ordinal);

    public async Task<SyncReply> DispatchAsync(string path, IHeaderDictionary headers, byte[] body, CancellationToken cancellationToken)
    {
        var soapActionHeader = headers["SOAPAction"].FirstOrDefault();
        var contentType = headers.ContentType.FirstOrDefault();
        var started = time.GetTimestamp();
        var receivedAt = time.GetUtcNow();
        var action = SoapActionHeader.Normalise(soapActionHeader);
        SyncInteractionHandler? handler = null;
        // Read before anything is refused, so the journal can name the patient and sender of a refused request too.
        var request = new SyncHttpRequest(soapActionHeader, action, action is not null && byAction.TryGetValue(action, out handler), contentType,
            HardenedXml.Load(body, options.Value.MaxRequestBodyBytes));
        var message = request.Message;
        var report = SyncHttpRules.Validate(request);
        SyncReply reply;
        if (report.Findings.Count > 0)
        {
            reply = HttpRefusal(report.Findings[0].RuleId, request);
        }
        else
        {
            (reply, report) = await HandleAsync(handler!, message!, soapActionHeader, FaultRequest.HeadersOf(headers), cancellationToken);
        }

        return await RecordAsync(path, soapActionHeader, contentType, body, message, report, reply, time.GetElapsedTime(started), receivedAt, action);
    }

    /// <summary>A body that could not be read (too large, too slow, badly framed): answered as it deserves, and journaled.</summary>
    public Task<SyncReply> UnreadableAsync(string path, IHeaderDictionary headers, Transport.RequestBody body)
    {
        var reply = new SyncReply(body.StatusCode, SoapFault.NotWellFormed(body.Problem!).ToDocument(), Transport.UnreadableBody.Outcome(body));
        var soapActionHeader = headers["SOAPAction"].FirstOrDefault();
        return RecordAsync(path, soapActionHeader, headers.ContentType.FirstOrDefault(), body.Bytes, null,
            new ValidationReport([Transport.UnreadableBody.Finding(body, "SYNC")]), reply, TimeSpan.Zero, time.GetUtcNow(), SoapActionHeader.Normalise(soapActionHeader));
    }

    private async Task<SyncReply> RecordAsync(
        string path, string? soapActionHeader, string? contentType, byte[] body, SyncMessage? message, ValidationReport report, SyncReply reply,
        TimeSpan elapsed, DateTimeOffset receivedAt, string? action)
    {
        var responseBytes = SoapEnvelope.ToBytes(reply.Body);
        if (reply.Transport is { } transport)
        {
            responseBytes = Faults.TransportFaults.Sent(transport.Kind, responseBytes);
            reply = reply with { Outcome = $"{reply.Outcome}; then {transport.Kind} ({transport})" };
        }

        reply = reply with { Bytes = responseBytes };
        var nhsNumber = NhsNumberOf(message);
        var interactionId = message?.InteractionId ?? action?.Split('/')[^1];
        await journal.AddAsync(new JournalEntry(journal.NextId(), receivedAt, elapsed, path, soapActionHeader, interactionId,
            reply.StatusCode, body, responseBytes, report)
        {
            NhsNumber = nhsNumber,
            SenderAsid = message?.HeaderSenderAsid ?? message?.BodySenderAsid,
            WsaMessageId = message?.MessageId,
            RequestContentType = contentType,
            Outcome = reply.Outcome,
        });
        SyncLog.Exchange(logger, interactionId ?? "(none)", nhsNumber ?? "-",
            message?.HeaderSenderAsid ?? "-", reply.Outcome, (int)elapsed.TotalMilliseconds);
        return reply;
    }

    private async Task<(SyncReply Reply, ValidationReport Report)> HandleAsync(
        SyncInteractionHandler handler, SyncMessage message, string? soapActionHeader, IReadOnlyDictionary<string, string> headers, CancellationToken cancellationToken)
    {
        var interaction = handler.Interaction;
        var fault = faults.Take(
            new FaultRequest(interaction.InteractionId, NhsNumberOf(message), message.HeaderSenderAsid, message.MessageId) { Headers = headers },
            TransportFaults.AppliesToSync);
        if (fault is { Kind: FaultKind.BusinessError })
        {
            var reasons = fault.BusinessReasons().Select(r => new DetectedIssue(r.Code, handler.ErrorCodeSystem, r.Text ?? $"Injected by {fault}")).ToList();
            return (new SyncReply(StatusCodes.Status200OK, handler.ErrorResponse(ResponseContextFor(message), reasons),
                $"AE: {string.Join(", ", reasons.Select(r => r.Code))} ({fault})"), ValidationReport.Empty);
        }

        if (fault is not null && !fault.Kind.IsTransport())
        {
            return (FaultReply(fault), ValidationReport.Empty);
        }

        var (reply, report) = await ProcessAsync(handler, message, soapActionHeader, cancellationToken);
        return (reply with { Transport = fault }, report);
    }

    private async Task<(SyncReply Reply, ValidationReport Report)> ProcessAsync(
        SyncInteractionHandler handler, SyncMessage message, string? soapActionHeader, CancellationToken cancellationToken)
    {
        var interaction = handler.Interaction;

        var validator = options.Value.Strict ? ValidationProfiles.Conformance(interaction) : ValidationProfiles.Spine(interaction);
        var report = validator?.Validate(new MessageUnderTest(message, soapActionHeader, interaction)) ?? ValidationReport.Empty;
        var sds = registration.Check(message.HeaderSenderAsid ?? message.BodySenderAsid, interaction.Service, interaction.InteractionId, options.Value.Strict);
        report = report.Merge(new ValidationReport(sds));
        var context = ResponseContextFor(message);
        if (!report.IsValid)
        {
            return (errorReplies.For(handler, context, report.DecidingErrors), report);
        }

        return (await handler.HandleAsync(new SyncCall(message, interaction, context), cancellationToken), report);
    }

    private static SyncReply FaultReply(FaultRule fault)
    {
        var code = fault.Code ?? "200";
        var soapFault = new SoapFault(SoapFault.ServerFaultCode, fault.Text ?? "System failure to process message",
            [new SpineError(SpineError.TmsCodeContext, code, "Error", "Message", fault.Text ?? $"Injected by {fault}")]);
        var status = fault.Kind == FaultKind.HttpStatus ? fault.HttpStatus ?? 500 : StatusCodes.Status500InternalServerError;
        return new SyncReply(status, soapFault.ToDocument(), $"SOAP fault {code} ({fault})");
    }

    /// <summary>Spine's answer to a request an HTTP rule refused: a SOAP fault, 101 for the SOAPAction and 201 for the rest.</summary>
    private static SyncReply HttpRefusal(string ruleId, SyncHttpRequest request)
    {
        if (ruleId == SyncHttpRules.SoapActionSupported.Id)
        {
            var fault = request.Action is null ? SoapFault.MissingSoapAction(request.Message?.Action) : SoapFault.UnsupportedInteraction(request.SoapActionHeader!);
            return new SyncReply(StatusCodes.Status500InternalServerError, fault.ToDocument(),
                request.Action is null ? "SOAP fault 101: no SOAPAction" : "SOAP fault 101: unsupported SOAPAction");
        }

        if (ruleId == SyncHttpRules.ContentType.Id)
        {
            return new SyncReply(StatusCodes.Status500InternalServerError,
                SoapFault.NotWellFormed(SyncContentType.Problem(request.ContentType)!, "HTTP Header - Content-Type").ToDocument(), "SOAP fault 201: wrong Content-Type");
        }

        return new SyncReply(StatusCodes.Status500InternalServerError, SoapFault.NotWellFormed(SyncHttpRules.BodyProblem(request.Body)).ToDocument(),
            "SOAP fault 201: not well formed");
    }

    private ResponseContext ResponseContextFor(SyncMessage message) => new(
        WsaMessageId.New(ids),
        WsaMessageId.UpperGuid(ids.NextId()),
        Hl7Timestamp.Format(time.GetUtcNow()),
        message.MessageId ?? string.Empty,
        message.Hl7Id ?? string.Empty,
        message.HeaderSenderAsid ?? message.BodySenderAsid ?? string.Empty,
        options.Value.SpineAsid);

    // The patient a message concerns, for journal queries: the first resourceContext (ACS) or NHS-number id in the payload.
    private static string? NhsNumberOf(SyncMessage? message) =>
        message?.ControlActEvent?.Descendants()
            .FirstOrDefault(e => e.Attribute("root")?.Value == Hl7.Identifiers.NhsNumber.Oid)
            ?.Attribute("extension")?.Value;
}
