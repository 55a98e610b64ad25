using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// An ebXML Acknowledgment: a <c>text/xml</c> SOAP message (not multipart) whose header has the
/// <c>eb:Acknowledgment</c> element beside the MessageHeader, and whose body is empty.
/// </summary>
public sealed record EbxmlAcknowledgment(EbxmlHeader Header, string RefToMessageId, string Timestamp, string FromPartyId)
{
    public const string ContentType = "text/xml; charset=UTF-8";

    private static readonly XNamespace Eb = EbxmlNamespaces.Eb;

    /// <summary>Acknowledges <paramref name="acknowledged"/> on behalf of its To party.</summary>
    public static EbxmlAcknowledgment For(EbxmlHeader acknowledged, string messageId, string timestamp) =>
        new(EbxmlSignalHeader.For(acknowledged, EbxmlConstants.AcknowledgmentAction, messageId, timestamp),
            acknowledged.MessageId, timestamp, acknowledged.To.PartyId);

    public XDocument ToDocument() => EbxmlXml.Envelope(
        EbxmlHeaderXml.ToElements(Header).Append(new XElement(Eb + "Acknowledgment",
            EbxmlHeaderXml.MustUnderstandVersion(),
            new XAttribute(SpineNamespaces.Soap + "actor", EbxmlConstants.ToPartyMshActor),
            new XElement(Eb + "Timestamp", Timestamp),
            new XElement(Eb + "RefToMessageId", RefToMessageId),
            new XElement(Eb + "From", new XElement(Eb + "PartyId", new XAttribute(Eb + "type", EbxmlConstants.NhsPartyType), FromPartyId)))),
        []);

    public EbxmlHttpMessage ToHttp() => new(EbxmlXml.ToBytes(ToDocument()), ContentType, EbxmlWriter.QuotedSoapAction(Header));

    /// <summary>The acknowledgment in an envelope; <see langword="null"/> when the header holds no <c>eb:Acknowledgment</c>.</summary>
    public static EbxmlAcknowledgment? Read(XDocument envelope)
    {
        var soapHeader = envelope.Root?.Element(SpineNamespaces.Soap + "Header");
        var ack = soapHeader?.Element(Eb + "Acknowledgment");
        return ack is null
            ? null
            : new EbxmlAcknowledgment(
                EbxmlHeaderXml.Read(soapHeader),
                ack.Element(Eb + "RefToMessageId")?.Value.Trim() ?? string.Empty,
                ack.Element(Eb + "Timestamp")?.Value.Trim() ?? string.Empty,
                ack.Element(Eb + "From")?.Element(Eb + "PartyId")?.Value.Trim() ?? string.Empty);
    }
}
