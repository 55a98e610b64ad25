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

    /// <param name="transport">SYNC or EBXML, for the rule id.</param>
    public static Finding Finding(RequestBody body, string transport) => new(
        body.StatusCode == StatusCodes.Status413PayloadTooLarge ? $"{transport}-BODY-SIZE" : $"{transport}-BODY-READ",
        "ErrorBaseTms.MESSAGE_NOT_WELL_FORMED", ValidationLayer.Transport, Severity.Error, "/",
        "a whole body within Simulator:MaxRequestBodyBytes, sent at a steady rate", "none that could be read",
        body.Problem + " The body was not kept.");
}
