using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// <see cref="EbxmlHeader"/> to and from the SOAP header: <c>eb:MessageHeader</c> with its children in ebMS order, then
/// <c>eb:AckRequested</c> and <c>eb:SyncReply</c> as its siblings (TRANSPORT.md §3.2).
/// </summary>
public static class EbxmlHeaderXml
{
    private static readonly XNamespace Soap = SpineNamespaces.Soap;
    private static readonly XNamespace Eb = EbxmlNamespaces.Eb;

    public static IEnumerable<XElement> ToElements(EbxmlHeader header)
    {
        yield return new XElement(Eb + "MessageHeader",
            MustUnderstandVersion(),
            Party("From", header.From),
            Party("To", header.To),
            new XElement(Eb + "CPAId", header.CpaId),
            new XElement(Eb + "ConversationId", header.ConversationId),
            new XElement(Eb + "Service", header.Service),
            new XElement(Eb + "Action", header.Action),
            new XElement(Eb + "MessageData",
                new XElement(Eb + "MessageId", header.MessageId),
                new XElement(Eb + "Timestamp", header.Timestamp),
                header.RefToMessageId is { } refTo ? new XElement(Eb + "RefToMessageId", refTo) : null),
            header.DuplicateElimination ? new XElement(Eb + "DuplicateElimination") : null);

        if (header.AckRequested is { } ack)
        {
            yield return new XElement(Eb + "AckRequested",
                MustUnderstandVersion(), new XAttribute(Eb + "signed", "false"), new XAttribute(Soap + "actor", ack.Actor));
        }

        if (header.SyncReply)
        {
            yield return new XElement(Eb + "SyncReply",
                MustUnderstandVersion(), new XAttribute(Soap + "actor", EbxmlConstants.SoapNextActor));
        }
    }

    /// <summary>Reads leniently: absent text becomes empty, so validators, not the reader, report what is missing.</summary>
    public static EbxmlHeader Read(XElement? soapHeader)
    {
        var message = soapHeader?.Element(Eb + "MessageHeader");
        var data = message?.Element(Eb + "MessageData");
        return new EbxmlHeader(
            ReadParty(message?.Element(Eb + "From")),
            ReadParty(message?.Element(Eb + "To")),
            Text(message, "CPAId"),
            Text(message, "ConversationId"),
            Text(message, "Service"),
            Text(message, "Action"),
            Text(data, "MessageId"),
            Text(data, "Timestamp"))
        {
            RefToMessageId = data?.Element(Eb + "RefToMessageId")?.Value.Trim(),
            DuplicateElimination = message?.Element(Eb + "DuplicateElimination") is not null,
            AckRequested = soapHeader?.Element(Eb + "AckRequested") is { } ack
                ? new EbxmlAckRequested(ack.Attribute(Soap + "actor")?.Value ?? string.Empty)
                : null,
            SyncReply = soapHeader?.Element(Eb + "SyncReply") is not null,
        };
    }

    /// <summary><c>SOAP:mustUnderstand="1" eb:version="2.0"</c>, which every ebXML header element carries.</summary>
    public static XAttribute[] MustUnderstandVersion() =>
        [new(Soap + "mustUnderstand", "1"), new(Eb + "version", EbxmlConstants.Version)];

    public static XElement Party(string name, EbxmlParty party) =>
        new(Eb + name, new XElement(Eb + "PartyId", new XAttribute(Eb + "type", party.Type), party.PartyId));

    public static EbxmlParty ReadParty(XElement? party)
    {
        var id = party?.Element(Eb + "PartyId");
        return new EbxmlParty(id?.Value.Trim() ?? string.Empty, id?.Attribute(Eb + "type")?.Value ?? string.Empty);
    }

    private static string Text(XElement? parent, string name) => parent?.Element(Eb + name)?.Value.Trim() ?? string.Empty;
}
