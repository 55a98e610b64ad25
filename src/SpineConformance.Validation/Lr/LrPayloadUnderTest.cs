using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// The parts of an LR request the payload rules read, whichever way it arrived: the interaction element from a SOAP body
/// (queries) or the bare interaction element an ebXML message carries (create, status change, workgroup add/remove).
/// Everything is read by local name and may be <see langword="null"/>, so rules report what is missing instead of failing.
/// </summary>
public sealed class LrPayloadUnderTest(XElement? interaction)
{
    public XElement? Interaction { get; } = interaction;

    public XElement? ControlActEvent => ByLocalName.Child(Interaction, "ControlActEvent");

    /// <summary>The <c>QUQI_MT050000UK01</c> query parameters: <c>ControlActEvent/query</c>.</summary>
    public XElement? Query => ByLocalName.Child(ControlActEvent, "query");

    /// <summary>
    /// The Workgroup Member Query's parameters: <c>query</c>, or the pre-v4.4 <c>Query</c> the MIM fixed (LR.md §9.8), so the
    /// payload rules still read a legacy message and a separate rule reports the spelling.
    /// </summary>
    public XElement? QueryOrLegacyQuery => Query ?? ByLocalName.Child(ControlActEvent, "Query");

    /// <summary>The <c>MCAI_MT040101UK03</c> payload: <c>ControlActEvent/subject/<paramref name="payloadName"/></c>.</summary>
    public XElement? TriggerPayload(string payloadName) => ByLocalName.Child(ByLocalName.Child(ControlActEvent, "subject"), payloadName);

    public static LrPayloadUnderTest From(MessageUnderTest message)
    {
        ArgumentNullException.ThrowIfNull(message);
        return new LrPayloadUnderTest(message.Message.Interaction);
    }
}
