using System.Xml.Linq;
using static SpineConformance.SecondClient.Wire.WireNames;

namespace SpineConformance.SecondClient.Mhs;

/// <summary>
/// The ebXML SOAP envelope of a reliable request (TRANSPORT.md §3.2–3.3): MessageHeader with DuplicateElimination, then
/// AckRequested (toPartyMSH) and SyncReply, and a Manifest with one reference to the HL7 part.
/// </summary>
internal static class EbxmlEnvelope
{
    public const string PartyType = "urn:nhs:names:partyType:ocs+serviceInstance";

    public static XDocument Request(ReliableMessage message, string fromParty, string toParty, string cpaId, string timestamp) =>
        new(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Soap + "Envelope",
                new XAttribute(XNamespace.Xmlns + "SOAP", Soap),
                new XAttribute(XNamespace.Xmlns + "eb", Eb),
                new XAttribute(XNamespace.Xmlns + "hl7ebxml", Hl7Ebxml),
                new XAttribute(XNamespace.Xmlns + "xlink", Xlink),
                new XElement(Soap + "Header",
                    new XElement(Eb + "MessageHeader", new XAttribute(Soap + "mustUnderstand", "1"), new XAttribute(Eb + "version", "2.0"),
                        Party("From", fromParty),
                        Party("To", toParty),
                        new XElement(Eb + "CPAId", cpaId),
                        new XElement(Eb + "ConversationId", message.ConversationId),
                        new XElement(Eb + "Service", message.Service),
                        new XElement(Eb + "Action", message.Interaction),
                        new XElement(Eb + "MessageData",
                            new XElement(Eb + "MessageId", message.MessageId),
                            new XElement(Eb + "Timestamp", timestamp)),
                        new XElement(Eb + "DuplicateElimination")),
                    new XElement(Eb + "AckRequested",
                        new XAttribute(Soap + "mustUnderstand", "1"), new XAttribute(Eb + "version", "2.0"), new XAttribute(Eb + "signed", "false"),
                        new XAttribute(Soap + "actor", "urn:oasis:names:tc:ebxml-msg:actor:toPartyMSH")),
                    new XElement(Eb + "SyncReply",
                        new XAttribute(Soap + "mustUnderstand", "1"), new XAttribute(Eb + "version", "2.0"),
                        new XAttribute(Soap + "actor", "http://schemas.xmlsoap.org/soap/actor/next"))),
                new XElement(Soap + "Body",
                    new XElement(Eb + "Manifest", new XAttribute(Soap + "mustUnderstand", "1"), new XAttribute(Eb + "version", "2.0"),
                        new XElement(Eb + "Reference", new XAttribute(Xlink + "href", $"cid:{message.MessageId}@spine.nhs.uk"),
                            new XElement(Eb + "Schema", new XAttribute(Eb + "location", "http://www.nhsia.nhs.uk/schemas/HL7-Message.xsd"), new XAttribute(Eb + "version", "1.0")),
                            new XElement(Eb + "Description", new XAttribute(XNamespace.Xml + "lang", "en"), "HL7 payload"),
                            new XElement(Hl7Ebxml + "Payload", new XAttribute("style", "HL7"), new XAttribute("encoding", "XML"), new XAttribute("version", "3.0")))))));

    /// <summary>
    /// The Acknowledgment of a received message (TRANSPORT.md §3.5): parties swapped, the same CPA id and conversation,
    /// RefToMessageId naming the message acknowledged, and an empty body.
    /// </summary>
    public static XDocument Acknowledgment(ReceivedHeader received, string ackMessageId, string timestamp) =>
        new(new XDeclaration("1.0", "UTF-8", null),
            new XElement(Soap + "Envelope",
                new XAttribute(XNamespace.Xmlns + "SOAP", Soap),
                new XAttribute(XNamespace.Xmlns + "eb", Eb),
                new XElement(Soap + "Header",
                    new XElement(Eb + "MessageHeader", new XAttribute(Soap + "mustUnderstand", "1"), new XAttribute(Eb + "version", "2.0"),
                        Party("From", received.To),
                        Party("To", received.From),
                        new XElement(Eb + "CPAId", received.CpaId),
                        new XElement(Eb + "ConversationId", received.ConversationId),
                        new XElement(Eb + "Service", "urn:oasis:names:tc:ebxml-msg:service"),
                        new XElement(Eb + "Action", "Acknowledgment"),
                        new XElement(Eb + "MessageData",
                            new XElement(Eb + "MessageId", ackMessageId),
                            new XElement(Eb + "Timestamp", timestamp),
                            new XElement(Eb + "RefToMessageId", received.MessageId))),
                    new XElement(Eb + "Acknowledgment",
                        new XAttribute(Soap + "mustUnderstand", "1"), new XAttribute(Eb + "version", "2.0"),
                        new XAttribute(Soap + "actor", "urn:oasis:names:tc:ebxml-msg:actor:toPartyMSH"),
                        new XElement(Eb + "Timestamp", timestamp),
                        new XElement(Eb + "RefToMessageId", received.MessageId),
                        new XElement(Eb + "From", new XElement(Eb + "PartyId", new XAttribute(Eb + "type", PartyType), received.To)))),
                new XElement(Soap + "Body")));

    private static XElement Party(string direction, string partyKey) =>
        new(Eb + direction, new XElement(Eb + "PartyId", new XAttribute(Eb + "type", PartyType), partyKey));
}
