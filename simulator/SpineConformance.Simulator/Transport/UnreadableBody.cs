using SpineConformance.Hl7.Soap;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Transport;

/// <summary>
/// The answer to a body that could not be read (too large, too slow, badly framed), the same on both transports: the
/// status Kestrel judged, a SOAP fault that says what was wrong (the ebXML header may be in the part never read, so there
/// is nothing to address a MessageError to), and the finding the journal keeps.
/// </summary>
internal static class UnreadableBody
{
    public static byte[] Fault(RequestBody body) => SoapEnvelope.ToBytes(SoapFault.NotWellFormed(body.Problem!).ToDocument());

    public static string Outcome(RequestBody body) =>
        body.StatusCode == StatusCodes.Status413PayloadTooLarge ? "HTTP 413: body too large" : $"HTTP {body.StatusCode}: body not read";

    // These refusals are findings, not rules of the catalogue: a rule judges a message, and here there is none. The body
    // was refused by Kestrel's limits before (or while) it was read, and is not kept, so no rule could be run on it or
    // shown breaking on a sample. Their ids are written out whole, like the catalogue's, so a search finds them here.
    public static BodyRuleIds SyncIds { get; } = new("SYNC-BODY-SIZE", "SYNC-BODY-READ");

    public static BodyRuleIds EbxmlIds { get; } = new("EBXML-BODY-SIZE", "EBXML-BODY-READ");

    public static Finding Finding(RequestBody body, BodyRuleIds ids) => new(
        body.StatusCode == StatusCodes.Status413PayloadTooLarge ? ids.TooLarge : ids.NotRead,
        "ErrorBaseTms.MESSAGE_NOT_WELL_FORMED", ValidationLayer.Transport, Severity.Error, "/",
        "a whole body within Simulator:MaxRequestBodyBytes, sent at a steady rate", "none that could be read",
        body.Problem + " The body was not kept.");
}

/// <summary>The ids of an unreadable body's finding on one transport: too large (413), or not read at all (408, 400).</summary>
internal sealed record BodyRuleIds(string TooLarge, string NotRead);
