using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Rules;

/// <summary>
/// A synchronous request as it arrived over HTTP, before any HL7 rule reads it: the <c>SOAPAction</c> header as sent and
/// the action it names (unquoted, normalised by the endpoint), whether the endpoint serves that action, the
/// <c>Content-Type</c> header, and the body as the hardened reader found it.
/// </summary>
public sealed record SyncHttpRequest(
    string? SoapActionHeader,
    string? Action,
    bool ActionServed,
    string? ContentType,
    XmlLoadResult Body)
{
    /// <summary>The SOAP message in the body, when it is one with an HL7 interaction in its Body.</summary>
    public SyncMessage? Message { get; } = Body.Document is { } document ? SyncMessage.From(document) : null;
}
