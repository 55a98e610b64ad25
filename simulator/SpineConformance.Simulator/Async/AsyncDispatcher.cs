using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Sync;
using SpineConformance.Validation.Ebxml;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Async;

/// <summary>
/// The asynchronous pipeline, as Spine's MHS runs it: read the MIME/ebXML message, check its header against the message
/// pattern, answer the HTTP request (202 with an ebXML Acknowledgment for reliable messages, 202 empty for express, an
/// ebXML MessageError for a bad header), eliminate duplicates, then process the business request and queue its reply for
/// delivery to the sender's MHS. Every exchange is journaled.
/// </summary>
internal sealed class AsyncDispatcher(
    IEnumerable<AsyncInteractionHandler> handlers,
    AsyncBusiness business,
    DuplicateElimination duplicates,
    Persistence.IFaultRuleStore faults,
    EbxmlSenders senders,
    EbxmlAnswers answers,
    Transport.ExchangeRecorder recorder)
{
    private readonly Dictionary<string, AsyncInteractionHandler> byAction =
        handlers.ToDictionary(h => $"{h.Interaction.Service}/{h.Interaction.InteractionId}", StringComparer.Ordinal);

    public async Task<Transport.SpineHttpAnswer> DispatchAsync(
        string path, EbxmlPattern pattern, IHeaderDictionary headers, byte[] body, CancellationToken cancellationToken)
    {
        var soapActionHeader = headers["SOAPAction"].FirstOrDefault();
        var contentType = headers.ContentType.FirstOrDefault();
        var start = recorder.Start();
        var receivedAt = start.ReceivedAt;
        var read = EbxmlReader.Read(contentType, body);
        var header = read.Message.Header;
        var report = EbxmlValidator.Validate(read, pattern);
        var sender = senders.Find(header);
        report = report.Merge(senders.Check(header, sender));

        var hl7 = read.Message.Payload is null ? null : SyncMessage.FromHl7Payload(read.Message.Payload, header.SoapAction);
        var patient = hl7?.PatientId;
        var fault = read.IsWellPackaged
            ? await faults.TakeAsync(
                new Faults.FaultRequest(header.Action, patient, header.From.PartyId, header.MessageId)
                {
                    Headers = Faults.FaultRequest.HeadersOf(headers),
                    Subjects = Faults.FaultSubjects.Of(header.Action, hl7?.ControlActEvent, patient),
                },
                Faults.TransportFaults.AppliesToEbxml,
                cancellationToken)
            : null;
        var (refusal, routing) = Refusal(read, report, soapActionHeader, out var handler);
        if (routing is not null)
        {
            report = report.Merge(new ValidationReport([routing]));
        }

        AsyncHttpAnswer answer;
        var duplicate = false;
        if (fault is { Kind: FaultKind.SoapFault or FaultKind.MessageError or FaultKind.HttpStatus })
        {
            answer = answers.Injected(fault, header);
        }
        else if (refusal is not null)
        {
            answer = answers.Refused(header, refusal);
        }
        else
        {
            var persist = TimeSpan.FromTicks(Math.Clamp((sender?.Reliability.PersistDuration ?? TimeSpan.FromMinutes(5)).Ticks, 0, ReliabilitySettings.MaxPersistDuration.Ticks));
            var businessFault = fault is not null && fault.Kind.IsTransport() ? null : fault;
            Task<AsyncHttpAnswer> Accept() => AcceptAsync(read, pattern, handler!, receivedAt, businessFault, cancellationToken);
            (duplicate, answer) = header.DuplicateElimination && ReliableMessageId.Parse(header.MessageId) is { Success: true } messageId
                ? await duplicates.ProcessOnceAsync(messageId.Value, persist, Accept, cancellationToken)
                : (false, await Accept());
        }

        if (!duplicate && answer.PayloadReport is { } payloadFindings)
        {
            report = report.Merge(payloadFindings);
        }

        // Processed as usual; only the answer is spoiled on its way back (the duplicate store keeps the whole one).
        var transport = fault is not null && fault.Kind.IsTransport() ? fault : null;
        var entry = new JournalEntry(0, default, TimeSpan.Zero, path, soapActionHeader, NonEmpty(header.Action), answer.StatusCode, body, answer.Body, report)
        {
            RequestContentType = contentType,
            NhsNumber = patient,
            SenderAsid = sender?.Asid ?? hl7?.BodySenderAsid,
            ConversationId = NonEmpty(header.ConversationId),
            EbxmlMessageId = NonEmpty(header.MessageId),
            RefToMessageId = header.RefToMessageId,
            Outcome = duplicate ? $"duplicate of an earlier message: the original answer was sent again, nothing processed ({answer.Outcome})" : answer.Outcome,
        };
        return await recorder.RecordAsync(start, entry, answer.ContentType, transport, readOnly: false);
    }

    /// <summary>A body that could not be read (too large, too slow, badly framed): answered as it deserves, and journaled.</summary>
    public Task<Transport.SpineHttpAnswer> UnreadableAsync(string path, IHeaderDictionary headers, Transport.RequestBody body)
    {
        var soapActionHeader = headers["SOAPAction"].FirstOrDefault();
        var finding = Transport.UnreadableBody.Finding(body, Transport.UnreadableBody.EbxmlIds);
        var entry = new JournalEntry(0, default, TimeSpan.Zero, path, soapActionHeader, SoapActionHeader.Normalise(soapActionHeader)?.Split('/')[^1],
            body.StatusCode, body.Bytes, Transport.UnreadableBody.Fault(body), new ValidationReport([finding]))
        {
            RequestContentType = headers.ContentType.FirstOrDefault(),
            Outcome = Transport.UnreadableBody.Outcome(body),
        };
        return recorder.RecordAsync(null, entry, Transport.SpineHttpAnswer.SoapContentType, null, readOnly: false);
    }

    // The MessageError to answer with, if any, and the finding that explains it when validation has not already.
    private (EbxmlError? Error, Finding? Finding) Refusal(EbxmlReadResult read, ValidationReport report, string? soapActionHeader, out AsyncInteractionHandler? handler)
    {
        var header = read.Message.Header;
        handler = byAction.GetValueOrDefault(header.SoapAction);
        var deciding = report.DecidingErrors;
        if (!read.IsWellPackaged)
        {
            // Every problem, so one answer tells the sender all there is to fix.
            return (EbxmlError.MimeProblem(string.Join(" ", read.Problems.Select(p => p.Message))), null);
        }

        if (deciding.Count > 0)
        {
            var first = deciding[0];
            return (EbxmlError.ValueNotRecognized($"{first.FaultName ?? first.RuleId}: {first.Message}", first.XPath), null);
        }

        var route = new EbxmlRouteRequest(header, soapActionHeader, SoapActionHeader.Normalise(soapActionHeader), handler is not null, senders.SpinePartyKey);
        return EbxmlRouting.Check(route) is { } refused
            ? (refused.Error, refused.Finding)
            : (null, null);
    }

    private async Task<AsyncHttpAnswer> AcceptAsync(
        EbxmlReadResult read, EbxmlPattern pattern, AsyncInteractionHandler handler, DateTimeOffset receivedAt, FaultRule? fault, CancellationToken cancellationToken)
    {
        var (outcome, payloadReport) = await business.ProcessAsync(read.Message, handler, receivedAt, fault, cancellationToken);
        return answers.Accepted(read.Message.Header, pattern, outcome, payloadReport);
    }

    private static string? NonEmpty(string? value) => string.IsNullOrEmpty(value) ? null : value;
}
