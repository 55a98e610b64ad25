using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Ebxml.EbxmlPaths;

namespace SpineConformance.Validation.Ebxml;

/// <summary>The SOAP frame every ebXML validator checks first (pattern <c>soapSchema</c>).</summary>
public static class EbxmlSoapRules
{
    public static EbxmlRule Structure { get; } = new(
        "EBXML-SOAP-STRUCTURE",
        EbxmlFaults.MessageNotWellFormed,
        "The first MIME part is exactly one SOAP 1.1 Envelope with exactly one Header and exactly one Body",
        EbxmlRule.AllPatterns,
        CheckStructure)
    { Source = "TRANSPORT.md §3.2 [C]; spine2_xslt/ebxmlReliableValidator.xsl soapSchema [C]" };

    private static IEnumerable<Violation> CheckStructure(EbxmlUnderTest m)
    {
        if (m.Envelope is not { } envelope)
        {
            var root = m.Read.Envelope?.Root;
            yield return new Violation(Envelope, "exactly one SOAP:Envelope (http://schemas.xmlsoap.org/soap/envelope/)",
                root is null ? "(absent)" : $"root element {root.Name}") { Node = root };
            yield break;
        }

        foreach (var name in new[] { "Header", "Body" })
        {
            var found = envelope.Elements(Soap + name).ToList();
            if (found.Count != 1)
            {
                yield return new Violation($"{Envelope}/SOAP:{name}", $"exactly one SOAP:{name}", Count(found.Count, $"SOAP:{name}"))
                { Node = found.Skip(1).FirstOrDefault() ?? envelope };
            }
        }
    }
}
