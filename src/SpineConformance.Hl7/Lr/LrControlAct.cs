using System.Xml.Linq;
using SpineConformance.Hl7.Wrappers;
using static SpineConformance.Hl7.Lr.LrXml;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The three control act shapes LR uses (LR.md §8.2), composed from <see cref="TransmissionWrapper.ControlActEvent"/>:
/// trigger event (payload under <c>subject</c>), query (<c>query</c> directly under the event) and query response
/// (<c>subject</c> then <c>queryAck</c>).
/// </summary>
public static class LrControlAct
{
    /// <summary><c>MCAI_MT040101UK03</c>: authors, reasons, then the payload as <c>subject</c> (SUBJ, contextConductionInd false) when there is one.</summary>
    public static XElement TriggerEvent(AuthorPerson? author, IEnumerable<string> systemAsids, IEnumerable<DetectedIssue> reasons, XElement? payload) =>
        TransmissionWrapper.ControlActEvent(author, systemAsids,
            reasons.Select(Hl7Elements.Reason),
            payload is null ? null : new XElement(V3 + "subject", new XAttribute("typeCode", "SUBJ"), new XAttribute("contextConductionInd", "false"), payload));

    /// <summary><c>QUQI_MT050000UK01</c>: authors then the <c>query</c>.</summary>
    public static XElement Query(AuthorPerson? author, IEnumerable<string> systemAsids, XElement query) =>
        TransmissionWrapper.ControlActEvent(author, systemAsids, query);

    /// <summary><c>QUQI_MT030101UK03</c>: Spine's ASID, reasons (errors or warnings), the payload as <c>subject</c> when there is one, and <c>queryAck</c>.</summary>
    public static XElement QueryResponse(string spineAsid, IEnumerable<DetectedIssue> reasons, XElement? payload, string queryResponseCode) =>
        TransmissionWrapper.ControlActEvent(null, [spineAsid],
            reasons.Select(Hl7Elements.Reason),
            payload is null ? null : new XElement(V3 + "subject", new XAttribute("typeCode", "SUBJ"), payload),
            new XElement(V3 + "queryAck", new XAttribute("type", "QueryAck"), Hl7Elements.Code("queryResponseCode", queryResponseCode)));

    /// <summary>Data found.</summary>
    public const string QueryResponseOk = "OK";

    /// <summary>Issue detected: what Spine 2 sends with <c>QUQI_IN010000UK14</c>.</summary>
    public const string QueryResponseIssueDetected = "ID";
}
