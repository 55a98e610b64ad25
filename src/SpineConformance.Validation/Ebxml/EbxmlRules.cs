namespace SpineConformance.Validation.Ebxml;

/// <summary>Every ebXML rule in the order Spine's validators run them: SOAP frame, header fields, pattern, manifest.</summary>
public static class EbxmlRules
{
    public static IReadOnlyList<EbxmlRule> All { get; } =
        [EbxmlSoapRules.Structure, .. EbxmlHeaderRules.All, .. EbxmlPatternRules.All, .. EbxmlManifestRules.All];
}
