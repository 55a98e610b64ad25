using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;

namespace SpineConformance.Simulator.Async;

/// <summary>An asynchronous request that passed its checks: the ebXML message, its HL7 payload, and the context its reply needs.</summary>
public sealed record AsyncCall(EbxmlMessage Message, SyncMessage Payload, AsyncResponseContext Response, DateTimeOffset ReceivedAt)
{
    /// <summary>The business payload: the element under <c>ControlActEvent/subject</c>.</summary>
    public XElement? Subject => Payload.ControlActEvent?.Element(Hl7.Xml.SpineNamespaces.Hl7 + "subject")?.Elements().FirstOrDefault();
}

/// <summary>The HL7 business reply to send back asynchronously, and a few words for the journal.</summary>
public sealed record AsyncReply(XElement Hl7, string InteractionId, string Outcome)
{
    public string? NhsNumber { get; init; }
}
