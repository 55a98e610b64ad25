using System.Text;
using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;
using static SpineConformance.Simulator.Tests.Robustness.ExpectedAnswer;

namespace SpineConformance.Simulator.Tests.Robustness;

/// <summary>The synchronous SOAP half of the catalogue: what a broken client can send to <c>/sync-service</c>.</summary>
internal static partial class BadInputCatalogue
{
    public const int SizeLimit = 1024 * 1024;

    private const string SyncPath = "/sync-service";
    private const string TextXml = "text/xml; charset=utf-8";
    private const string GetAction = BrokenGetRequests.GetAction;
    private const string WsaTo = "http://127.0.0.1:5000/sync-service";

    private static readonly XNamespace Soap = SpineNamespaces.Soap;
    private static readonly XNamespace Wsa = SpineNamespaces.Wsa;
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public static IEnumerable<BadInput> All() => Sync().Concat(Ebxml());

    private static IEnumerable<BadInput> Sync()
    {
        yield return S("not XML", () => Post(Utf8("This is not XML, it is a sentence.")),
            new Fault(500, "201", "not well-formed XML", "Line 1, position 1"));
        yield return S("an empty body", () => Post([]), new Fault(500, "201", "The message is empty"));
        yield return S("truncated XML", () => Post(Get() is var whole ? whole[..(whole.Length / 2)] : []),
            new Fault(500, "201", "Unexpected end of file", "not closed"));
        yield return S("well-formed XML that is not a SOAP envelope", () => Post(Utf8("<?xml version=\"1.0\"?><order><item/></order>")),
            new Fault(500, "201", "not a SOAP 1.1 envelope"));
        yield return S("a DTD", () => Post(Utf8(WithDoctype(GetText(), "<!DOCTYPE SOAP-ENV:Envelope []>"))),
            new Fault(500, "201", "document type declaration", "remove the DOCTYPE"));
        yield return S("an external entity (XXE)", () => Post(Utf8(WithDoctype(
                GetText().Replace(WsaTo, "&xxe;", StringComparison.Ordinal), "<!DOCTYPE SOAP-ENV:Envelope [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"))),
            new Fault(500, "201", "document type declaration", "nothing outside the message is read")) with { Never = ["root:"] };
        yield return S("entity expansion (billion laughs)", () => Post(Utf8(WithDoctype(
                GetText().Replace(WsaTo, "&lol9;", StringComparison.Ordinal), BillionLaughs))),
            new Fault(500, "201", "no entity is expanded")) with { Never = ["lollollol"] };
        yield return S("a body over the size limit", () => Post(Utf8(GetText().Replace(WsaTo, new string('x', SizeLimit), StringComparison.Ordinal))),
            new Fault(413, "201", $"larger than the simulator accepts ({SizeLimit} bytes; Simulator:MaxRequestBodyBytes)")) with { BodyKept = false };
        yield return S("a wrong Content-Type", () => Post(Get(), contentType: "application/json"),
            new Fault(500, "201", "The Content-Type is 'application/json'", "text/xml; charset=utf-8"));
        yield return S("no Content-Type", () => Post(Get(), contentType: null), new Fault(500, "201", "no Content-Type header"));
        yield return S("a charset other than UTF-8", () => Post(Get(), contentType: "text/xml; charset=iso-8859-1"),
            new Fault(500, "201", "charset=iso-8859-1", "Spine messages are UTF-8"));
        yield return S("bytes that are not UTF-8", () => Post(Encoding.Latin1.GetBytes(GetText().Replace(WsaTo, "http://caf\u00e9.example/sync-service", StringComparison.Ordinal))),
            new Fault(500, "201", "not valid UTF-8", "line 6"));
        // Found by the fuzz test: the reader's message quotes the character, which the fault could not carry until shown as [U+0001].
        yield return S("a control character XML forbids", () => Post(Utf8(GetText().Replace(WsaTo, "http://x\u0001.example/", StringComparison.Ordinal))),
            new Fault(500, "201", "[U+0001]", "is an invalid character"));
        yield return S("no SOAPAction", () => Post(Get(), soapAction: null),
            new Fault(500, "101", "no SOAPAction header", GetAction));
        yield return S("an unknown SOAPAction", () => Post(Get(), soapAction: "urn:nhs:names:services:lrsquery/NOT_AN_INTERACTION"),
            new Fault(500, "101", "not supported", "NOT_AN_INTERACTION"));
        yield return S("SOAPAction and wsa:Action that disagree", () => Post(Edit(SampleRequests.Get(Some.NhsNumber().Value),
                d => d.Root!.Element(Soap + "Header")!.Element(Wsa + "Action")!.Value = "urn:nhs:names:services:lrs/GET_RESOURCE_PERMISSIONS_INUK01")),
            new Refusal("ErrorBaseTms.SOAP_ACTION_ERROR", "SOAPAction", "urn:nhs:names:services:lrs/GET_RESOURCE_PERMISSIONS_INUK01"));
        yield return S("a SOAPAction naming another interaction than the body", () => Post(Get(), soapAction: BrokenSetRequests.SetAction),
            new Refusal("ErrorBaseTms.SOAP_ACTION_ERROR", "SOAPAction", GetAction));
        yield return S("a huge attribute", () => Post(Utf8(GetText().Replace("<wsa:To>", $"<wsa:To note=\"{new string('x', 100_000)}\">", StringComparison.Ordinal))),
            new Fault(500, "201", "Attribute 'note' of element 'wsa:To' is 100000 characters long", "at most 65536"));
        yield return S("deeply nested elements", () => Post(Utf8(GetText().Replace("<wsa:To>", Nested(1000) + "<wsa:To>", StringComparison.Ordinal))),
            new Fault(500, "201", "nested 101 levels deep", "at most 100 levels"));
        yield return S("an NHS number with a wrong check digit", () => Post(SampleRequests.Get(Some.NhsNumberWithWrongCheckDigit())),
            new Refusal("35506", "Resource Ctx missing or incorrect"));
        yield return S("an NHS number with letters (Set)", () => Post(SampleRequests.Set("94347A5919"), soapAction: BrokenSetRequests.SetAction),
            new Refusal("35160", "NHS Number is missing or incorrect"));
        yield return S("an NHS number carrying SQL", () => Post(SampleRequests.Get("9434765919' OR '1'='1")),
            new Refusal("35506", "Resource Ctx missing or incorrect"));
        yield return S("markup in an identifier", () => Post(SampleRequests.Get("<script>alert('spine')</script>")),
            new Refusal("35506", "Resource Ctx missing or incorrect"));
        yield return S("a malformed ASID", () => Post(Utf8(GetText().Replace(SampleRequests.SenderAsid, "20000000010X", StringComparison.Ordinal))),
            new Refusal("SCHEMA_INVALID", "20000000010X"));
        yield return S("a malformed OID", () => Post(Edit(SampleRequests.Get(Some.NhsNumber().Value),
                d => d.Root!.Element(Soap + "Header")!.Element(V3 + "communicationFunctionSnd")!.Descendants(V3 + "id").Single()
                    .SetAttributeValue("root", "urn:oid:1.2.826.0.1285.0.2.0.107"))),
            new Refusal("ErrorBaseTms.SOAP_COMM_FUNC_SND_ERROR", "urn:oid:1.2.826.0.1285.0.2.0.107"));
        yield return S("a malformed NHS number in an LR query", () => Post(LrMessages.QueryConfirmation(SampleRequests.Outgoing(),
                ConfirmationQuery.For("943476591", LrSampleRequests.Parameters(LrSampleRequests.Workgroup))), soapAction: LrInteractions.QueryConfirmationShort.Action),
            new Refusal("ErrorBase1712.INVALID_FIELD_VALUE", "943476591"));
    }

    private const string BillionLaughs = """
        <!DOCTYPE SOAP-ENV:Envelope [
          <!ENTITY lol "lol">
          <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
          <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
          <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
          <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
          <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
          <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
          <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
          <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
          <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
        ]>
        """;

    private static BadInput S(string name, Func<BadRequest> build, ExpectedAnswer expected) => new(name, SpineTransport.SyncSoap, build, expected);

    private static BadRequest Post(byte[] body, string? contentType = TextXml, string? soapAction = GetAction) => new(SyncPath, contentType, soapAction, body);

    private static BadRequest Post(XDocument document, string? contentType = TextXml, string? soapAction = GetAction) =>
        Post(SoapEnvelope.ToBytes(document), contentType, soapAction);

    /// <summary>A valid Get for a patient no other case uses.</summary>
    private static byte[] Get() => SoapEnvelope.ToBytes(SampleRequests.Get(Some.NhsNumber().Value));

    private static string GetText() => Encoding.UTF8.GetString(Get());

    private static XDocument Edit(XDocument document, Action<XDocument> change)
    {
        change(document);
        return document;
    }

    // Straight after the XML declaration, where a DOCTYPE belongs.
    private static string WithDoctype(string xml, string doctype)
    {
        var afterDeclaration = xml.StartsWith("<?xml", StringComparison.Ordinal) ? xml.IndexOf("?>", StringComparison.Ordinal) + 2 : 0;
        return xml[..afterDeclaration] + doctype + xml[afterDeclaration..];
    }

    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("<deep>", depth)) + string.Concat(Enumerable.Repeat("</deep>", depth));

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
