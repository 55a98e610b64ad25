using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Testing;

/// <summary>
/// One broken Get request per rule: the valid sample with exactly one thing changed. Shared by the validator's
/// tests and the simulator's, so every rule is shown both passing (the sample) and failing (its case here).
/// </summary>
public static class BrokenGetRequests
{
    private static readonly XNamespace Wsa = SpineNamespaces.Wsa;
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;
    private static readonly XNamespace Crs = SpineNamespaces.Crs;

    public sealed record Breakage(string RuleId, string FaultName, string Description, Action<XDocument> Break)
    {
        /// <summary>The valid message this breakage starts from; the default value is a Get.</summary>
        public Func<XDocument> Sample { get; init; } = () => SampleRequests.Get("9434765919");

        /// <summary>The SOAPAction the broken message is sent with.</summary>
        public string SoapAction { get; init; } = GetAction;

        public XDocument Build()
        {
            var document = Sample();
            Break(document);
            return document;
        }

        public override string ToString() => $"{RuleId}: {Description}";
    }

    public const string GetAction = "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01";

    public static IEnumerable<Breakage> All()
    {
        yield return new("SYNC-HDR-MESSAGEID", "ErrorBaseTms.SOAP_MESSAGE_ID_ERROR", "MessageID without the uuid: prefix",
            d => Header(d, "MessageID").Value = "5B7E8A52-3C1D-4E55-9B0F-6C2D8A1E4F10");
        yield return new("SYNC-HDR-ACTION", "ErrorBaseTms.SOAP_ACTION_ERROR", "two wsa:Action elements",
            d => Header(d, "Action").AddAfterSelf(new XElement(Wsa + "Action", GetAction)));
        yield return new("SYNC-HDR-TO", "ErrorBaseTms.SOAP_TO_ERROR", "an empty wsa:To", d => Header(d, "To").Value = string.Empty);
        yield return new("SYNC-HDR-COMM-FUNC-RCV", "ErrorBaseTms.SOAP_COMM_FUNC_RCV_ERROR", "header Rcv device id without extension",
            d => HeaderDeviceId(d, "communicationFunctionRcv").Attribute("extension")!.Remove());
        yield return new("SYNC-HDR-COMM-FUNC-SND", "ErrorBaseTms.SOAP_COMM_FUNC_SND_ERROR", "header Snd device id with the wrong root",
            d => HeaderDeviceId(d, "communicationFunctionSnd").SetAttributeValue("root", "1.2.3"));
        yield return new("SYNC-HTTP-SOAPACTION", "ErrorBaseTms.SOAP_ACTION_ERROR", "SOAPAction header differs from wsa:Action",
            d => Header(d, "Action").Value = "urn:nhs:names:services:lrs/GET_RESOURCE_PERMISSIONS_INUK01");
        yield return new("SYNC-WRAP-INTERACTION-ID", "ErrorBase1732.INCONSISTENT_HL7_INTERACTION_ID", "interactionId names Set",
            d => Body(d).Element(V3 + "interactionId")!.SetAttributeValue("extension", "SET_RESOURCE_PERMISSIONS_INUK01"));
        yield return new("SYNC-WRAP-COMM-FUNC-RCV", "ErrorBase1732.INCONSISTENT_COMM_FUNC_RCV", "body Rcv ASID differs from the header's",
            d => BodyDeviceId(d, "communicationFunctionRcv").SetAttributeValue("extension", "990101234568"));
        yield return new("SYNC-WRAP-COMM-FUNC-SND", "ErrorBase1732.INCONSISTENT_COMM_FUNC_SND", "body Snd ASID differs from the header's",
            d => BodyDeviceId(d, "communicationFunctionSnd").SetAttributeValue("extension", "200000000102"));
        yield return new("SYNC-WRAP-ID", "ErrorBase1732.INVALID_ID", "an empty id root",
            d => Body(d).Element(V3 + "id")!.SetAttributeValue("root", string.Empty));
        yield return new("SYNC-WRAP-CREATION-TIME", "ErrorBase1732.INVALID_CREATION_TIME", "creationTime without value",
            d => Body(d).Element(V3 + "creationTime")!.Attribute("value")!.Remove());
        yield return new("SYNC-WRAP-VERSION-CODE", "ErrorBase1732.INVALID_VERSION_CODE", "an empty versionCode",
            d => Body(d).Element(V3 + "versionCode")!.SetAttributeValue("code", string.Empty));
        yield return new("SYNC-WRAP-CONTROL-ACT", "ErrorBase1732.INVALID_CONTROL_ACT", "two ControlActEvents",
            d => ControlAct(d).AddAfterSelf(new XElement(ControlAct(d))));
        yield return new("SYNC-CACT-PAYLOAD", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", "no payload under ControlActEvent",
            d => Payload(d).Remove());
        yield return new("SYNC-CACT-AUTHOR-CARDINALITY", "ErrorBase1732.CONTROL_ACT_AUTHOR_INVALID_CARDINALITY", "no author1",
            d => ControlAct(d).Elements(V3 + "author1").Remove());
        yield return new("SYNC-CACT-AUTHOR", "ErrorBase1732.CONTROL_ACT_AUTHOR_INVALID", "author without the job role",
            d => ControlAct(d).Descendants(V3 + "part").Single().Remove());
        yield return new("SYNC-CACT-AUTHOR1-ASID", "ErrorBase1732.CONTROL_ACT_AUTHOR_AGENT_INVALID", "author1 id with a non-ASID root",
            d => ControlAct(d).Element(V3 + "author1")!.Descendants(V3 + "id").Single().SetAttributeValue("root", "1.2.826.0.1285.0.2.0.65"));
        yield return new("SYNC-CACT-AUTHOR1-SECOND", "ErrorBase1732.CONTROL_ACT_AUTHOR_AGENT2_INVALID", "a second author1 with an empty extension",
            d =>
            {
                var second = new XElement(ControlAct(d).Element(V3 + "author1")!);
                second.Descendants(V3 + "id").Single().SetAttributeValue("extension", string.Empty);
                ControlAct(d).Element(V3 + "author1")!.AddAfterSelf(second);
            });
        yield return new("ACS-GET-RESOURCE-CONTEXT-ROOT", "ErrorBase1712.MANDATORY_DATA_MISSING", "resourceContext with a non-NHS-number root",
            d => ResourceContext(d).SetAttributeValue("root", "2.16.840.1.113883.2.1.4.3"));
        yield return new("ACS-GET-RESOURCE-CONTEXT-EXTENSION", "ErrorBase1712.INVALID_ACA_CARDINALITY", "resourceContext without extension",
            d => ResourceContext(d).Attribute("extension")!.Remove());
        yield return new("ACS-GET-RESOURCE-CONTEXT-TOO-LONG", "ErrorBase1712.RESOURCE_CONTEXT_TOO_LONG", "an 11-digit NHS number",
            d => SetNhsNumber(d, "91928374650"));
        yield return new("ACS-GET-RESOURCE-CONTEXT-TOO-SHORT", "ErrorBase1712.RESOURCE_CONTEXT_TOO_SHORT", "a 9-digit NHS number",
            d => SetNhsNumber(d, "943476591"));
        yield return new("ACS-GET-NHS-NUMBER", "ErrorBase1712.MANDATORY_DATA_MISSING", "an NHS number with a wrong check digit",
            d => SetNhsNumber(d, "9434765918"));
        yield return new("ACS-GET-QUERY-CRITERIA-CARDINALITY", "ErrorBase1712.INVALID_ACA_CARDINALITY", "two queryCriteria",
            d => Criteria(d).AddAfterSelf(new XElement(Criteria(d))));
        yield return new("ACS-GET-RESOURCE-TYPE", "ErrorBase1712.RESOURCE_TYPE_EMPTY", "an empty resource type",
            d => Criteria(d).Descendants(Crs + "type").Single().Value = string.Empty);
        yield return new("ACS-GET-RESOURCE-ID", "ErrorBase1712.RESOURCE_ID_EMPTY", "an empty resource Id",
            d => Criteria(d).Descendants(Crs + "Id").Single().Value = string.Empty);
        yield return new("ACS-GET-FUNCTION-CONTEXT", "ErrorBase1712.FUNCTION_CONTEXT_EMPTY", "an empty function context",
            d => Criteria(d).Descendants(Crs + "context").Single().Value = string.Empty);
        yield return new("ACS-GET-RESOURCE-ID-IS-NHS-NUMBER", "ErrorBase1712.INVALID_COMBINATION_FC_RC_RI", "resource Id is another patient's",
            d => Criteria(d).Descendants(Crs + "Id").Single().Value = "9000000009");
    }

    public static XElement Header(XDocument d, string name) => d.Root!.Element(SpineNamespaces.Soap + "Header")!.Element(Wsa + name)!;

    internal static XElement Body(XDocument d) => SpineConformance.Hl7.Soap.SyncMessage.From(d)!.Interaction!;

    internal static XElement ControlAct(XDocument d) => Body(d).Element(V3 + "ControlActEvent")!;

    private static XElement Payload(XDocument d) => ControlAct(d).Element(Crs + "getResourcePermissionsRequest")!;

    private static XElement ResourceContext(XDocument d) => Payload(d).Descendants(Crs + "resourceContext").Single();

    private static XElement Criteria(XDocument d) => Payload(d).Descendants(Crs + "queryCriteria").First();

    internal static XElement HeaderDeviceId(XDocument d, string function) =>
        d.Root!.Element(SpineNamespaces.Soap + "Header")!.Element(V3 + function)!.Descendants(V3 + "id").Single();

    public static XElement BodyDeviceId(XDocument d, string function) => Body(d).Element(V3 + function)!.Descendants(V3 + "id").Single();

    private static void SetNhsNumber(XDocument d, string value)
    {
        ResourceContext(d).SetAttributeValue("extension", value);
        Criteria(d).Descendants(Crs + "Id").Single().Value = value;
    }
}
