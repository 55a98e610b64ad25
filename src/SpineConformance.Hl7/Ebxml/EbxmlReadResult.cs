using System.Xml.Linq;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// Everything read from one ebXML message: the message (lenient, with empty text where the header lacks a field), the
/// SOAP envelope as sent (for validators, with line numbers), the MIME parts, the manifest references, and every
/// packaging problem.
/// </summary>
public sealed record EbxmlReadResult(
    EbxmlMessage Message,
    XDocument? Envelope,
    IReadOnlyList<MimePart> Parts,
    IReadOnlyList<EbxmlManifestReference> ManifestReferences,
    IReadOnlyList<EbxmlProblem> Problems)
{
    public bool IsWellPackaged => Problems.Count == 0;
}
