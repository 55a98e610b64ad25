using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Testing;

/// <summary>Valid ebXML messages to start from, one per pattern; tests break one thing at a time with <c>with</c> or by editing the envelope.</summary>
public static class SampleEbxml
{
    /// <summary>Spine's own MHS party key (TRANSPORT.md §3.2).</summary>
    public const string SpinePartyKey = "YES-0000806";

    public const string ClientPartyKey = "A91424-9199121";

    public const string CpaId = "S1001A1630";

    public const string MessageId = "C614484E-4B10-499A-9ACD-5D645CFACF61";

    public const string ConversationId = "F5187FB6-B033-4A75-838B-9E7A1AFB3111";

    public const string Timestamp = "2026-11-22T10:15:00Z";

    public const string PsisService = "urn:nhs:names:services:psis";

    public const string ReliableAction = "REPC_IN150016UK05";

    public static EbxmlMessage Reliable(XDocument hl7Payload, string service = PsisService, string action = ReliableAction) =>
        For(EbxmlPattern.Reliable, hl7Payload, service, action);

    public static EbxmlMessage Express(XDocument hl7Payload, string service = "urn:nhs:names:services:psisquery", string action = "QUPC_IN160101UK05") =>
        For(EbxmlPattern.Express, hl7Payload, service, action);

    public static EbxmlMessage ForwardReliable(XDocument hl7Payload, string service = "urn:nhs:names:services:gp2gp", string action = "RCMR_IN030000UK06") =>
        For(EbxmlPattern.ForwardReliable, hl7Payload, service, action);

    public static EbxmlMessage For(EbxmlPattern pattern, XDocument hl7Payload, string service, string action) =>
        new(Header(service, action).WithPattern(pattern), hl7Payload);

    /// <summary>A client-to-Spine header with no reliability elements; add them with <see cref="EbxmlPatterns.WithPattern"/>.</summary>
    public static EbxmlHeader Header(string service = PsisService, string action = ReliableAction) => new(
        new EbxmlParty(ClientPartyKey), new EbxmlParty(SpinePartyKey), CpaId, ConversationId, service, action, MessageId, Timestamp);

    /// <summary>A small HL7 V3 payload: enough for packaging tests, which never look inside it.</summary>
    public static XDocument Payload(string interactionId = ReliableAction) =>
        new(new XElement(SpineNamespaces.Hl7 + interactionId,
            new XAttribute("xmlns", SpineNamespaces.Hl7.NamespaceName),
            new XElement(SpineNamespaces.Hl7 + "id", new XAttribute("root", "0E4B3A52-9D7C-4F1A-8E2B-7A6C5D4E3F21")),
            new XElement(SpineNamespaces.Hl7 + "interactionId", new XAttribute("root", "2.16.840.1.113883.2.1.3.2.4.12"), new XAttribute("extension", interactionId))));

    /// <summary>The request as it goes on the wire.</summary>
    public static EbxmlHttpMessage Wire(EbxmlPattern pattern = EbxmlPattern.Reliable) => pattern switch
    {
        EbxmlPattern.Express => EbxmlWriter.Write(Express(Payload("QUPC_IN160101UK05"))),
        EbxmlPattern.ForwardReliable => EbxmlWriter.Write(ForwardReliable(Payload("RCMR_IN030000UK06"))),
        _ => EbxmlWriter.Write(Reliable(Payload())),
    };
}
