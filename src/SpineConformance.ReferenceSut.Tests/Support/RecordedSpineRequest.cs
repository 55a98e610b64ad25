using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>One request the Spine stub received (from WireMock's request log), as bytes and as a lenient SOAP reading.</summary>
internal sealed record RecordedSpineRequest(string Path, string? SoapAction, string? ContentType, byte[] Body)
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public SyncMessage Message => SyncMessage.From(HardenedXml.Load(Body).Document ?? throw new InvalidOperationException("The SUT sent XML that is not well-formed."))
        ?? throw new InvalidOperationException("The SUT sent something that is not a SOAP envelope.");

    /// <summary>The <c>extension</c> of the first HL7 <c>id</c> with the given root anywhere in the ControlActEvent.</summary>
    public string? ControlActId(string root) =>
        Message.ControlActEvent?.Descendants(V3 + "id").FirstOrDefault(id => id.Attribute("root")?.Value == root)?.Attribute("extension")?.Value;

    public IReadOnlyList<string?> Author1Asids =>
        Message.ControlActEvent?.Elements(V3 + "author1").Select(a => a.Descendants(V3 + "id").FirstOrDefault()?.Attribute("extension")?.Value).ToList() ?? [];

    public string? RequestedNhsNumber =>
        Message.ControlActEvent?.Descendants().FirstOrDefault(e => e.Name.LocalName == "resourceContext")?.Attribute("extension")?.Value;

    /// <summary>Every <c>setResourcePermissionsRequest</c> directly under the ControlActEvent; a good Set has exactly one.</summary>
    public IReadOnlyList<XElement> SetRequests => Payloads("setResourcePermissionsRequest");

    /// <summary>The permissions block of the one Set payload.</summary>
    public ResourcePermissions SetPermissions => AcsPayloadXml.ReadPermissions(SetRequests.Single())
        ?? throw new InvalidOperationException("The setResourcePermissionsRequest holds no permissions block.");

    public HasResourcePermissionsRequest HasQuery => AcsPayloadXml.ReadHasRequest(Payloads("hasResourcePermissionsRequest").Single())
        ?? throw new InvalidOperationException("The hasResourcePermissionsRequest holds no accessControlQuery.");

    public bool IsEbxml => ContentType?.StartsWith("multipart/related", StringComparison.OrdinalIgnoreCase) == true;

    /// <summary>The request read as an ebXML message (the MHS side).</summary>
    public EbxmlReadResult Ebxml => EbxmlReader.Read(ContentType, Body);

    /// <summary>The HL7 interaction element an ebXML request carries.</summary>
    public XElement Hl7 => Ebxml.Message.Payload?.Root ?? throw new InvalidOperationException("The ebXML request carries no HL7 payload.");

    private List<XElement> Payloads(string localName) =>
        Message.ControlActEvent?.Elements().Where(e => e.Name.LocalName == localName).ToList() ?? [];
}
