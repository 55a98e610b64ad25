using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Transport;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Simulator.Sync;

/// <summary>
/// The synchronous pipeline, in Spine's order: read the request once (<see cref="SyncRequest"/>) → the HTTP rules
/// (SOAPAction, Content-Type, well-formed SOAP) → fault rules → validation (<see cref="SyncValidation"/>: transport,
/// wrapper, schema, business, SDS) → the interaction's handler, which takes only the typed, validated <see cref="SyncCall{TRequest}"/> →
/// the <see cref="ExchangeRecorder"/>, which journals every exchange, whatever happened, and applies transport faults.
/// </summary>
internal sealed class SyncDispatcher(
    IEnumerable<SyncInteractionHandler> handlers,
    SyncValidation validation,
    SyncErrorReplies errorReplies,
    SyncResponseContexts responses,
    Persistence.IFaultRuleStore faults,
    ExchangeRecorder recorder,
    IOptions<SimulatorOptions> options)
{
    private readonly Dictionary<string, SyncInteractionHandler> byAction =
        handlers.ToDictionary(h => h.Interaction.Action, StringComparer.Ordinal);

    public async Task<SpineHttpAnswer> DispatchAsync(string path, IHeaderDictionary headers, byte[] body, CancellationToken cancellationToken)
    {
        var start = recorder.Start();
        // Read before anything is refused, so the journal can name the patient and sender of a refused request too.
        var request = SyncRequest.Read(path, headers, body, options.Value.MaxRequestBodyBytes, byAction.ContainsKey);
        var report = SyncHttpRules.Validate(request.Http);
        if (report.Findings.Count > 0)
        {
            return await RecordAsync(start, request, report, HttpRefusal(report.Findings[0].RuleId, request.Http), null, readOnly: false);
        }

        var handler = byAction[request.Http.Action!];
        var fault = await faults.TakeAsync(
            new FaultRequest(handler.Interaction.InteractionId, request.PatientId, request.Message!.HeaderSenderAsid, request.Message.MessageId)
            {
                Headers = FaultRequest.HeadersOf(headers),
                Subjects = FaultSubjects.Of(handler.Interaction.InteractionId, request.Message.ControlActEvent, request.PatientId),
            },
            TransportFaults.AppliesToSync,
            cancellationToken);
        if (fault is { Kind: FaultKind.BusinessError })
        {
            var reasons = fault.BusinessReasons().Select(r => new DetectedIssue(r.Code, handler.ErrorCodeSystem, r.Text ?? $"Injected by {fault}")).ToList();
            var injected = new SyncReply(StatusCodes.Status200OK, handler.ErrorResponse(responses.For(request.Message), reasons),
                $"AE: {string.Join(", ", reasons.Select(r => r.Code))} ({fault})");
            return await RecordAsync(start, request, ValidationReport.Empty, injected, null, handler.IsReadOnly);
        }

        if (fault is not null && !fault.Kind.IsTransport())
        {
            return await RecordAsync(start, request, ValidationReport.Empty, FaultReply(fault), null, handler.IsReadOnly);
        }

        var context = responses.For(request.Message);
        (var call, report) = validation.Validate(request, handler, context);
        var reply = call is null
            ? errorReplies.For(handler, context, report.DecidingErrors)
            : await handler.AnswerAsync(call, cancellationToken);
        return await RecordAsync(start, request, report, reply, fault, handler.IsReadOnly);
    }

    /// <summary>A body that could not be read (too large, too slow, badly framed): answered as it deserves, and journaled.</summary>
    public Task<SpineHttpAnswer> UnreadableAsync(string path, IHeaderDictionary headers, RequestBody body)
    {
        var soapActionHeader = headers["SOAPAction"].FirstOrDefault();
        var entry = new JournalEntry(0, default, TimeSpan.Zero, path, soapActionHeader, SoapActionHeader.Normalise(soapActionHeader)?.Split('/')[^1],
            body.StatusCode, body.Bytes, SoapEnvelope.ToBytes(SoapFault.NotWellFormed(body.Problem!).ToDocument()),
            new ValidationReport([UnreadableBody.Finding(body, UnreadableBody.SyncIds)]))
        {
            RequestContentType = headers.ContentType.FirstOrDefault(),
            Outcome = UnreadableBody.Outcome(body),
        };
        return recorder.RecordAsync(null, entry, SpineHttpAnswer.SoapContentType, null, readOnly: false);
    }

    private Task<SpineHttpAnswer> RecordAsync(
        ExchangeStart start, SyncRequest request, ValidationReport report, SyncReply reply, FaultRule? transport, bool readOnly)
    {
        var message = request.Message;
        var entry = new JournalEntry(0, default, TimeSpan.Zero, request.Path, request.Http.SoapActionHeader, request.InteractionId,
            reply.StatusCode, request.Body, reply.Body.ToBytes(), report)
        {
            NhsNumber = request.PatientId,
            SenderAsid = request.SenderAsid,
            WsaMessageId = message?.MessageId,
            RequestContentType = request.Http.ContentType,
            Outcome = reply.Outcome,
        };
        return recorder.RecordAsync(start, entry, SpineHttpAnswer.SoapContentType, transport, readOnly);
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
}
