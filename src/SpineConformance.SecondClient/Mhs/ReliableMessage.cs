using System.Xml.Linq;

namespace SpineConformance.SecondClient.Mhs;

/// <summary>One reliable message this system sends: its ids, where it goes (service and interaction) and the HL7 it carries.</summary>
internal sealed record ReliableMessage(string MessageId, string ConversationId, string Service, string Interaction, XElement Hl7);
