using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using static SpineConformance.Testing.BrokenGetRequests;

namespace SpineConformance.Testing;

/// <summary>One broken Set per Set rule (ACS.md §5.3), each the valid sample with one thing changed.</summary>
public static class BrokenSetRequests
{
    public const string SetAction = "urn:nhs:names:services:lrs/SET_RESOURCE_PERMISSIONS_INUK01";

    private static readonly XNamespace Crs = SpineNamespaces.Crs;

    public static IEnumerable<Breakage> All()
    {
        yield return Set("ACS-SET-VERSION-CODE", "ErrorBase1732.INVALID_VERSION_CODE", "versionCode V3NPfIT6.2.00, not in HL7StandardVersionCode",
            d => d.Descendants(SpineNamespaces.Hl7 + "versionCode").Single().SetAttributeValue("code", "V3NPfIT6.2.00"));
        yield return Set("ACS-SET-RESOURCE-CONTEXT", "ErrorBase1712.MANDATORY_DATA_MISSING", "no resourceContext", d => Context(d).Remove());
        yield return Set("ACS-SET-RESOURCE-CONTEXT-ROOT", "ErrorBase1712.MANDATORY_DATA_MISSING", "resourceContext with an ODS root",
            d => Context(d).SetAttributeValue("root", "2.16.840.1.113883.2.1.4.3"));
        yield return Set("ACS-SET-RESOURCE-CONTEXT-EXTENSION", "ErrorBase1712.MANDATORY_DATA_MISSING", "resourceContext without extension",
            d => Context(d).Attribute("extension")!.Remove());
        yield return Set("ACS-SET-NHS-NUMBER", "ErrorBase1712.MANDATORY_DATA_MISSING", "an NHS number with a wrong check digit (9995000181)",
            d => SetNhsNumber(d, "9995000181"));
        yield return Set("ACS-SET-ASSERTION-COUNT", "ErrorBase1712.INVALID_ACA_CARDINALITY", "three assertions",
            d => Assertions(d)[0].AddAfterSelf(new XElement(Assertions(d)[0])));
        yield return Set("ACS-SET-FUNCTION-CARDINALITY", "ErrorBase1712.INVALID_ACA_CARDINALITY", "two View assertions",
            d => Assertions(d)[1].Descendants(Crs + "code").Single().Value = "View");
        yield return Set("ACS-SET-VIEW-STORE-CONSISTENT", "ErrorBase1712.MANDATORY_DATA_MISSING", "View No but Store Yes",
            d => Assertions(d)[1].Element(Crs + "permission")!.Value = "Yes");
        yield return Set("ACS-SET-RESOURCE-ID-IS-NHS-NUMBER", "ErrorBase1712.INVALID_COMBINATION_FC_RC_RI", "resource Id is a GUID",
            d => Assertions(d)[0].Descendants(Crs + "Id").Single().Value = "9B7E7A14-4C44-4E62-9E4C-3E7C1C6D2A10");
        yield return Set("ACS-SET-RESOURCE-TYPE", "ErrorBase1712.INVALID_COMBINATION_FC_RT", "resource type 'Document Set'",
            d => Assertions(d)[0].Descendants(Crs + "type").First().Value = "Document Set");
        yield return Set("ACS-SET-FUNCTION-CONTEXT", "ErrorBase1712.INVALID_FUNCTION_CONTEXT", "context Sealing",
            d => Assertions(d)[0].Descendants(Crs + "context").Single().Value = "Sealing");
        yield return Set("ACS-SET-FUNCTION-CODE", "ErrorBase1712.INVALID_FUNCTION_CODE", "function code 'Read'",
            d => Assertions(d)[0].Descendants(Crs + "code").Single().Value = "Read");
        yield return Set("ACS-SET-ACCESSOR", "ErrorBase1712.INVALID_ACCESSOR_TYPE", "accessor 'User Id'",
            d => Assertions(d).ForEach(a => a.Element(Crs + "accessor")!.Element(Crs + "type")!.Value = "User Id"));
        yield return Set("ACS-SET-PERMISSION", "ErrorBase1712.MISSING_PERMISSIONS_IN_SET", "empty permissions",
            d => Assertions(d).ForEach(a => a.Element(Crs + "permission")!.Value = string.Empty));
    }

    private static Breakage Set(string ruleId, string fault, string description, Action<XDocument> breakIt) =>
        new(ruleId, fault, description, breakIt) { Sample = () => SampleRequests.Set("9434765919"), SoapAction = SetAction };

    private static XElement Permissions(XDocument d) => ControlAct(d).Element(Crs + "setResourcePermissionsRequest")!.Element(Crs + "permissions")!;

    private static XElement Context(XDocument d) => Permissions(d).Element(Crs + "resourceContext")!;

    private static List<XElement> Assertions(XDocument d) => Permissions(d).Elements(Crs + "accessControlAssertion").ToList();

    private static void SetNhsNumber(XDocument d, string value)
    {
        Context(d).SetAttributeValue("extension", value);
        Assertions(d).ForEach(a => a.Descendants(Crs + "Id").Single().Value = value);
    }
}
