using System.Xml.Linq;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// Packages an <see cref="EbxmlMessage"/> as Spine expects: the SOAP envelope first (Content-Id
/// <c>ebXMLHeader@spine.nhs.uk</c>), the HL7 payload second (<c>{MessageId}@spine.nhs.uk</c>), then the attachments.
/// </summary>
public static class EbxmlWriter
{
    public static EbxmlHttpMessage Write(EbxmlMessage message)
    {
        var (body, contentType) = MimeMultipartWriter.Write(Parts(message), EbxmlConstants.EnvelopeContentId);
        return new EbxmlHttpMessage(body, contentType, QuotedSoapAction(message.Header));
    }

    public static XDocument Envelope(EbxmlMessage message) =>
        EbxmlXml.Envelope(EbxmlHeaderXml.ToElements(message.Header), [EbxmlManifestXml.ToElement(message)]);

    /// <summary>The MIME parts before they are joined, for tests that break the packaging one part at a time.</summary>
    public static IReadOnlyList<MimePart> Parts(EbxmlMessage message)
    {
        var parts = new List<MimePart>
        {
            MimePart.Create(EbxmlConstants.EnvelopeContentId, EbxmlConstants.XmlContentType, EbxmlAttachment.EightBit, EbxmlXml.ToBytes(Envelope(message))),
        };
        if (message.Payload is { } payload)
        {
            parts.Add(MimePart.Create(EbxmlConstants.PayloadContentId(message.Header.MessageId), message.PayloadContentType,
                EbxmlAttachment.EightBit, EbxmlXml.ToBytes(payload, indent: false)));
        }

        parts.AddRange(message.Attachments.Select(a => MimePart.Create(a.ContentId, a.ContentType, a.TransferEncoding, a.Content)));
        return parts;
    }

    public static string QuotedSoapAction(EbxmlHeader header) => $"\"{header.SoapAction}\"";
}
