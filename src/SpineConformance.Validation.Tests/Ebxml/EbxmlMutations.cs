using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;
using SpineConformance.Testing;

namespace SpineConformance.Validation.Tests.Ebxml;

/// <summary>A valid sample per pattern, with its envelope edited and packaged again as bytes, as a client would send it.</summary>
internal static class EbxmlMutations
{
    public static readonly XNamespace Eb = EbxmlNamespaces.Eb;
    public static readonly XNamespace Soap = SpineNamespaces.Soap;

    public static EbxmlMessage Valid(EbxmlPattern pattern) => SampleEbxml.For(pattern, SampleEbxml.Payload(), SampleEbxml.PsisService, SampleEbxml.ReliableAction);

    public static EbxmlReadResult Read(EbxmlPattern pattern, Action<XDocument>? edit = null) => Read(Valid(pattern), edit);

    public static EbxmlReadResult Read(EbxmlMessage message, Action<XDocument>? edit = null)
    {
        var envelope = EbxmlWriter.Envelope(message);
        edit?.Invoke(envelope);
        var parts = EbxmlWriter.Parts(message).ToList();
        parts[0] = MimePart.Create(EbxmlConstants.EnvelopeContentId, EbxmlConstants.XmlContentType, "8bit", EbxmlXml.ToBytes(envelope));
        var (body, contentType) = MimeMultipartWriter.Write(parts, EbxmlConstants.EnvelopeContentId);
        return EbxmlReader.Read(contentType, body);
    }

    public static XElement Header(XDocument d) => d.Root!.Element(Soap + "Header")!;

    public static XElement MessageHeader(XDocument d) => Header(d).Element(Eb + "MessageHeader")!;

    public static XElement Manifest(XDocument d) => d.Root!.Element(Soap + "Body")!.Element(Eb + "Manifest")!;

    public static XElement Field(XDocument d, string name) => MessageHeader(d).Descendants(Eb + name).First();
}
