using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using static SpineConformance.Testing.BrokenGetRequests;

namespace SpineConformance.Testing;

/// <summary>One broken Has per Has payload rule (ACS.md §7), each the valid sample with one thing changed.</summary>
public static class BrokenHasRequests
{
    public const string HasAction = "urn:nhs:names:services:lrsquery/HAS_RESOURCE_PERMISSIONS_INUK01";

    private static readonly XNamespace Crs = SpineNamespaces.Crs;

    public static IEnumerable<Breakage> All()
    {
        yield return Has("ACS-HAS-RESOURCE-CONTEXT-ROOT", "ErrorBase1712.MANDATORY_DATA_MISSING", "resourceContext with an ODS root",
            d => Context(d).SetAttributeValue("root", "2.16.840.1.113883.2.1.4.3"));
        yield return Has("ACS-HAS-RESOURCE-CONTEXT-EXTENSION", "ErrorBase1712.INVALID_ACA_CARDINALITY", "resourceContext without extension",
            d => Context(d).Attribute("extension")!.Remove());
        yield return Has("ACS-HAS-RESOURCE-CONTEXT-TOO-LONG", "ErrorBase1712.RESOURCE_CONTEXT_TOO_LONG", "an 11-digit NHS number", d => SetNhsNumber(d, "91928374650"));
        yield return Has("ACS-HAS-RESOURCE-CONTEXT-TOO-SHORT", "ErrorBase1712.RESOURCE_CONTEXT_TOO_SHORT", "a 9-digit NHS number", d => SetNhsNumber(d, "943476591"));
        yield return Has("ACS-HAS-NHS-NUMBER", "ErrorBase1712.MANDATORY_DATA_MISSING", "an NHS number with a wrong check digit", d => SetNhsNumber(d, "9434765918"));
        yield return Has("ACS-HAS-ACCESS-CONTROL-SET", "ErrorBase1712.INVALID_ACA_CARDINALITY", "no accessControlSet", d => Sets(d).ForEach(s => s.Remove()));
        yield return Has("ACS-HAS-RESOURCE-TYPE", "ErrorBase1712.RESOURCE_TYPE_EMPTY", "an empty resource type",
            d => Sets(d)[0].Descendants(Crs + "type").First().Value = string.Empty);
        yield return Has("ACS-HAS-RESOURCE-ID", "ErrorBase1712.RESOURCE_ID_EMPTY", "an empty resource Id",
            d => Sets(d)[0].Descendants(Crs + "Id").Single().Value = string.Empty);
        yield return Has("ACS-HAS-FUNCTION-CONTEXT", "ErrorBase1712.FUNCTION_CONTEXT_EMPTY", "an empty function context",
            d => Sets(d)[0].Descendants(Crs + "context").Single().Value = string.Empty);
        yield return Has("ACS-HAS-RESOURCE-ID-IS-NHS-NUMBER", "ErrorBase1712.INVALID_COMBINATION_FC_RC_RI", "resource Id is another patient's",
            d => Sets(d)[0].Descendants(Crs + "Id").Single().Value = "9000000009");
        yield return Has("ACS-HAS-FUNCTION-CODE", "ErrorBase1712.MANDATORY_DATA_MISSING", "no function code",
            d => Sets(d)[0].Descendants(Crs + "code").Single().Remove());
        yield return Has("ACS-HAS-ACCESSOR", "ErrorBase1712.MANDATORY_DATA_MISSING", "an accessor with neither id nor name",
            d => Sets(d)[0].Descendants(Crs + "name").Single().Remove());
    }

    private static Breakage Has(string ruleId, string fault, string description, Action<XDocument> breakIt) =>
        new(ruleId, fault, description, breakIt) { Sample = () => SampleRequests.Has("9434765919"), SoapAction = HasAction };

    private static XElement Query(XDocument d) => ControlAct(d).Element(Crs + "hasResourcePermissionsRequest")!.Element(Crs + "accessControlQuery")!;

    private static XElement Context(XDocument d) => Query(d).Element(Crs + "resourceContext")!;

    private static List<XElement> Sets(XDocument d) => Query(d).Elements(Crs + "accessControlSet").ToList();

    private static void SetNhsNumber(XDocument d, string value)
    {
        Context(d).SetAttributeValue("extension", value);
        Sets(d).ForEach(s => s.Descendants(Crs + "Id").Single().Value = value);
    }
}
