using System.Xml.Linq;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// One asynchronous Spine message: the ebXML header, the HL7 payload (the first MIME part after the envelope) and any
/// further attachments, each named by its own <c>eb:Reference</c> in the manifest.
/// </summary>
public sealed record EbxmlMessage(EbxmlHeader Header, XDocument? Payload, IReadOnlyList<EbxmlAttachment> Attachments)
{
    public EbxmlMessage(EbxmlHeader header, XDocument? payload)
        : this(header, payload, [])
    {
    }

    /// <summary>The payload's <c>eb:Schema/@eb:location</c>. The default value is the MHS's <c>http://www.nhsia.nhs.uk/schemas/HL7-Message.xsd</c>.</summary>
    public string PayloadSchemaLocation { get; init; } = EbxmlConstants.DefaultPayloadSchemaLocation;

    /// <summary>The payload's <c>eb:Schema/@eb:version</c>. The default value is <c>1.0</c>.</summary>
    public string PayloadSchemaVersion { get; init; } = EbxmlConstants.DefaultPayloadSchemaVersion;

    /// <summary>The payload reference's <c>eb:Description</c>. The default value is <c>HL7 payload</c>.</summary>
    public string PayloadDescription { get; init; } = EbxmlConstants.DefaultPayloadDescription;

    /// <summary>The payload part's Content-Type. The default value is <c>text/xml; charset=UTF-8</c>.</summary>
    public string PayloadContentType { get; init; } = EbxmlConstants.XmlContentType;
}
