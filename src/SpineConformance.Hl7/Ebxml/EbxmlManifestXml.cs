using System.Xml.Linq;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>The <c>eb:Manifest</c> in the SOAP body: one <c>eb:Reference</c> for the HL7 payload, one per further attachment.</summary>
public static class EbxmlManifestXml
{
    private static readonly XNamespace Eb = EbxmlNamespaces.Eb;
    private static readonly XNamespace Xlink = EbxmlNamespaces.Xlink;

    public static XElement ToElement(EbxmlMessage message) =>
        new(Eb + "Manifest",
            EbxmlHeaderXml.MustUnderstandVersion(),
            message.Payload is null ? null : PayloadReference(message),
            message.Attachments.Select(a => new XElement(Eb + "Reference",
                new XAttribute(Xlink + "href", "cid:" + a.ContentId),
                Description(a.Description))));

    public static IReadOnlyList<EbxmlManifestReference> Read(XElement? soapBody) =>
        soapBody?.Element(Eb + "Manifest")?.Elements(Eb + "Reference")
            .Select(r => new EbxmlManifestReference(
                r.Attribute(Xlink + "href")?.Value.Trim() ?? string.Empty,
                r.Element(Eb + "Description")?.Value.Trim() ?? string.Empty,
                r.Elements().Any(e => e.Name.LocalName == "Payload" && EbxmlNamespaces.IsHl7Ebxml(e.Name.Namespace)))
            {
                SchemaLocation = r.Element(Eb + "Schema")?.Attribute(Eb + "location")?.Value,
                SchemaVersion = r.Element(Eb + "Schema")?.Attribute(Eb + "version")?.Value,
            })
            .ToList() ?? [];

    private static XElement PayloadReference(EbxmlMessage message) =>
        new(Eb + "Reference",
            new XAttribute(Xlink + "href", "cid:" + EbxmlConstants.PayloadContentId(message.Header.MessageId)),
            new XElement(Eb + "Schema",
                new XAttribute(Eb + "location", message.PayloadSchemaLocation),
                new XAttribute(Eb + "version", message.PayloadSchemaVersion)),
            Description(message.PayloadDescription),
            new XElement(EbxmlNamespaces.Hl7Ebxml + "Payload",
                new XAttribute("style", "HL7"), new XAttribute("encoding", "XML"), new XAttribute("version", "3.0")));

    private static XElement Description(string text) =>
        new(Eb + "Description", new XAttribute(XNamespace.Xml + "lang", "en"), text);
}
