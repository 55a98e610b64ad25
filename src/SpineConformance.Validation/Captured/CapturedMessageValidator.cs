using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Ebxml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Lr;
using SpineConformance.Validation.Rules;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Validation.Captured;

/// <summary>
/// Validates a captured request with what a conformant client must satisfy (the suite's profile): a synchronous SOAP
/// request with its interaction's transport, wrapper, payload and schema rules; a bare HL7 interaction with the rules
/// that apply without a SOAP header; an ebXML package with the ebXML rules and its HL7 payload's rules.
/// </summary>
public static class CapturedMessageValidator
{
    /// <summary>The rule that reports a message for another interaction than the one asked for.</summary>
    public const string InteractionRuleId = "CAPTURED-INTERACTION";

    // LR's confirmation and details queries each have two SyncInteraction values (one per response); the first stands for the request.
    private static readonly IReadOnlyList<SyncInteraction> SyncRequests = [.. AcsInteractions.All, .. LrInteractions.Sync.DistinctBy(i => i.InteractionId)];

    /// <summary>Every request interaction a captured message can be checked as.</summary>
    public static IReadOnlyList<string> InteractionIds { get; } =
        [.. SyncRequests.Select(i => i.InteractionId).Concat(LrInteractions.Async.Select(a => a.InteractionId)).Order(StringComparer.Ordinal)];

    /// <summary>
    /// Validates <paramref name="message"/>; with <paramref name="interactionId"/>, also that it is that interaction.
    /// An interaction with no rules here is reported as not checked, never as valid.
    /// </summary>
    public static MessageCheck Validate(CapturedMessage message, string? interactionId = null, string source = "the message")
    {
        if (interactionId is not null && !InteractionIds.Contains(interactionId, StringComparer.Ordinal))
        {
            return new MessageCheck(source, message.Kind, interactionId, ValidationReport.Empty,
                $"'{interactionId}' is not an ACS or LR request interaction (known: {string.Join(", ", InteractionIds)})");
        }

        return message.Kind switch
        {
            CapturedMessageKind.SyncSoap => Sync(message, interactionId, source),
            CapturedMessageKind.BareHl7 => Bare(message.Xml!, interactionId, source),
            CapturedMessageKind.Ebxml => Ebxml(message, interactionId, source),
            _ => new MessageCheck(source, message.Kind, interactionId, ValidationReport.Empty, message.Unreadable ?? "it could not be read"),
        };
    }

    private static MessageCheck Sync(CapturedMessage message, string? expected, string source)
    {
        var sync = SyncMessage.From(message.Xml!)!;
        var found = sync.InteractionId;
        if (SyncRequests.FirstOrDefault(i => i.InteractionId == found) is not { } interaction)
        {
            return Unknown(source, CapturedMessageKind.SyncSoap, found, expected, "a synchronous ACS or LR request");
        }

        // Without the captured HTTP headers the SOAPAction header is unknown, not absent: its rule cannot be judged.
        var validator = ValidationProfiles.Conformance(interaction)!;
        if (!message.HasHttpHead)
        {
            validator = new MessageValidator([.. validator.Rules.Where(r => r != TransportRules.SoapActionMatchesWsaAction)], SchemaValidator.Ours);
        }

        var report = validator.Validate(new MessageUnderTest(sync, message.SoapAction, interaction));
        return new MessageCheck(source, CapturedMessageKind.SyncSoap, found, WithExpected(report, found, expected, "/soap:Envelope/soap:Body"), null);
    }

    private static MessageCheck Bare(XDocument document, string? expected, string source)
    {
        var found = document.Root!.Element(SpineNamespaces.Hl7 + "interactionId")?.Attribute("extension")?.Value;
        var report = found is null ? null : PayloadReport(document, found);
        return report is null
            ? Unknown(source, CapturedMessageKind.BareHl7, found, expected, "an ACS or LR request")
            : new MessageCheck(source, CapturedMessageKind.BareHl7, found, WithExpected(report, found, expected, "/*"), null);
    }

    private static MessageCheck Ebxml(CapturedMessage message, string? expected, string source)
    {
        var read = EbxmlReader.Read(message.ContentType, message.Body.Span);
        var report = EbxmlValidator.Validate(read, EbxmlPattern.Reliable);
        var found = read.Message.Header.Action;
        if (read.Message.Payload is { Root: not null } payload)
        {
            var payloadId = payload.Root.Element(SpineNamespaces.Hl7 + "interactionId")?.Attribute("extension")?.Value ?? found;
            if (PayloadReport(payload, payloadId, read.Message.Header.SoapAction) is { } payloadReport)
            {
                report = report.Merge(payloadReport);
            }
            else if (read.IsWellPackaged)
            {
                return Unknown(source, CapturedMessageKind.Ebxml, payloadId, expected, "an asynchronous LR request");
            }
        }

        return new MessageCheck(source, CapturedMessageKind.Ebxml, string.IsNullOrEmpty(found) ? null : found, WithExpected(report, found, expected, "/soap:Envelope/soap:Header/eb:MessageHeader/eb:Action"), null);
    }

    // An HL7 interaction without a SOAP envelope: an LR request's ebXML payload, or a synchronous request cut out of its
    // envelope. Either way only the rules that need no SOAP header apply.
    private static ValidationReport? PayloadReport(XDocument payload, string interactionId, string? soapAction = null)
    {
        if (LrInteractions.Async.FirstOrDefault(a => a.InteractionId == interactionId) is { } async)
        {
            var interaction = new SyncInteraction(interactionId, async.Service, string.Empty, string.Empty, string.Empty, string.Empty);
            var message = SyncMessage.FromHl7Payload(payload, soapAction ?? async.SoapAction)!;
            return ValidationProfiles.AsyncPayload(interactionId, strict: true)!.Validate(new MessageUnderTest(message, soapAction, interaction));
        }

        if (SyncRequests.FirstOrDefault(i => i.InteractionId == interactionId) is { } sync)
        {
            var headerless = ValidationProfiles.Conformance(sync)!.Rules
                .Where(r => !TransportRules.All.Contains(r) && (!WrapperRules.All.Contains(r) || LrValidationProfiles.AsyncWrapper.Contains(r)))
                .ToList();
            var message = SyncMessage.FromHl7Payload(payload, sync.Action)!;
            return new MessageValidator(headerless, SchemaValidator.Ours).Validate(new MessageUnderTest(message, null, sync));
        }

        return null;
    }

    private static ValidationReport WithExpected(ValidationReport report, string? found, string? expected, string xpath) =>
        expected is null || string.Equals(found, expected, StringComparison.Ordinal)
            ? report
            : report.Merge(new ValidationReport(
            [
                new Finding(InteractionRuleId, null, ValidationLayer.Wrapper, Severity.Error, xpath, expected, found ?? "(none)",
                    $"The message is {found ?? "no interaction"}, not the {expected} it was checked as"),
            ]));

    private static MessageCheck Unknown(string source, CapturedMessageKind kind, string? found, string? expected, string wanted) =>
        new(source, kind, found, ValidationReport.Empty,
            found is null
                ? $"it names no HL7 interaction (no interactionId), so it is not {wanted}"
                : $"{found} is not {wanted} this validator knows (known: {string.Join(", ", InteractionIds)}){(expected is null ? string.Empty : $"; it was to be checked as {expected}")}");
}
