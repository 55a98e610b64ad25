using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Ebxml.EbxmlPaths;

namespace SpineConformance.Validation.Ebxml;

/// <summary>
/// The <c>eb:Manifest</c> checks (pattern <c>BodyChecks</c>), all raising INVALID_MANIFEST_REFERENCE. Express and reliable
/// require exactly one reference; Spine's forward reliable validator checks only the version, since GP2GP messages
/// reference their attachments too.
/// </summary>
public static class EbxmlManifestRules
{
    private static readonly EbxmlPattern[] SingleReferencePatterns = [EbxmlPattern.Express, EbxmlPattern.Reliable];

    public static EbxmlRule Version { get; } = new(
        "EBXML-MANIFEST-VERSION",
        EbxmlFaults.InvalidManifestReference,
        "eb:Manifest/@eb:version is 2.0 (express and reliable also accept it absent)",
        EbxmlRule.AllPatterns,
        CheckVersion)
    { Source = "TRANSPORT.md §3.2 [C]; BodyChecks manifest.version in ebxmlReliableValidator.xsl, Forward-IntermediaryReliability.xsl [C]" };

    public static EbxmlRule ReferenceCount { get; } = new(
        "EBXML-MANIFEST-REFERENCE-COUNT",
        EbxmlFaults.InvalidManifestReference,
        "eb:Manifest holds exactly one eb:Reference",
        SingleReferencePatterns,
        CheckReferenceCount)
    { Source = "TRANSPORT.md §3.2 [C]; BodyChecks manifest.referenceCount in ebxmlReliableValidator.xsl, ebxmlAsyncExpressValidator.xsl [C]" };

    public static EbxmlRule ReferenceHref { get; } = new(
        "EBXML-MANIFEST-REFERENCE-HREF",
        EbxmlFaults.InvalidManifestReference,
        "The first eb:Reference's xlink:href has a non-empty part after ':' (e.g. 'cid:{MessageId}@spine.nhs.uk')",
        SingleReferencePatterns,
        CheckReferenceHref)
    { Source = "TRANSPORT.md §3.2 [C]; BodyChecks manifest.referenceInvalid in ebxmlReliableValidator.xsl [C]" };

    public static IReadOnlyList<EbxmlRule> All { get; } = [Version, ReferenceCount, ReferenceHref];

    private static IEnumerable<Violation> CheckVersion(EbxmlUnderTest m)
    {
        var absentAllowed = m.Pattern != EbxmlPattern.ForwardReliable;
        foreach (var manifest in m.SoapBody?.Elements(Eb + "Manifest") ?? [])
        {
            var version = manifest.Attribute(Eb + "version")?.Value;
            if (version != EbxmlConstants.Version && !(version is null && absentAllowed))
            {
                yield return new Violation($"{Manifest}/@eb:version", absentAllowed ? "'2.0' or absent" : "'2.0'", Describe(version)) { Node = manifest };
            }
        }
    }

    private static IEnumerable<Violation> CheckReferenceCount(EbxmlUnderTest m)
    {
        if (m.SoapBody is not { } body)
        {
            yield break;
        }

        var references = body.Elements(Eb + "Manifest").Elements(Eb + "Reference").ToList();
        if (references.Count != 1)
        {
            yield return new Violation($"{Manifest}/eb:Reference", "exactly one eb:Reference, to the HL7 payload",
                body.Element(Eb + "Manifest") is null ? "(no eb:Manifest)" : Count(references.Count, "eb:Reference"))
            { Node = references.Skip(1).FirstOrDefault() ?? body };
        }
    }

    private static IEnumerable<Violation> CheckReferenceHref(EbxmlUnderTest m)
    {
        if (m.SoapBody?.Element(Eb + "Manifest")?.Element(Eb + "Reference") is not { } reference)
        {
            yield break;
        }

        var href = reference.Attribute(Xlink + "href")?.Value;
        var colon = href?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (href is null || colon < 0 || colon == href.Length - 1)
        {
            yield return new Violation($"{Manifest}/eb:Reference[1]/@xlink:href", "'cid:' followed by the payload's Content-Id", Describe(href)) { Node = reference };
        }
    }
}
