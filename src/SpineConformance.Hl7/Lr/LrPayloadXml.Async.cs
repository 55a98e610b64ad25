using System.Xml.Linq;
using static SpineConformance.Hl7.Lr.LrXml;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// Writes the LR payload elements in the MIM's element order and reads them back leniently, by local name: a missing
/// part reads as empty or <see langword="null"/> so validators can say what is wrong rather than the reader refusing.
/// </summary>
public static partial class LrPayloadXml
{
    public static XElement Write(CreateRequest request) =>
        Act("CreateRequest", "PCPR", "RQO",
            request.EffectiveTime is null ? null : Value("effectiveTime", request.EffectiveTime),
            Code("reasonCode", request.ReasonCode),
            LrAgentXml.Participation("subject", "SBJ", request.Subject),
            RecordTarget(request.Patient),
            LrAgentXml.Participation("author", "AUT", request.Author),
            request.Reason is null ? null : Relationship("pertinentInformation", "PERT", Write("pertinentLRReason", "PRP", request.Reason)),
            request.AlertCode is null ? null : Relationship("reason", "RSON", Act("justifyingAlertRequest", "ALRT", "RQO", Code("code", request.AlertCode))));

    public static CreateRequest? ReadCreateRequest(XElement? payload) => payload is null ? null :
        new CreateRequest(RequiredCode(Child(payload, "reasonCode")), ReadAgent(payload, "subject"), ReadPatient(payload), ReadAgent(payload, "author"))
        {
            EffectiveTime = ReadValue(Child(payload, "effectiveTime")),
            Reason = ReadReason(Path(payload, "pertinentInformation", "pertinentLRReason")),
            AlertCode = ReadCode(Path(payload, "reason", "justifyingAlertRequest", "code")),
        };

    public static XElement Write(CreationResponseConfirm confirm) => Act("CreationResponseConfirm", "PCPR", "EVN", Id("id", confirm.Id));

    public static CreationResponseConfirm? ReadCreationResponseConfirm(XElement? payload) =>
        payload is null ? null : new CreationResponseConfirm(RequiredId(Child(payload, "id")));

    public static XElement Write(SCRequest request) =>
        Act("SCRequest", "PCPR", "RQO",
            Code("reasonCode", request.ReasonCode),
            RecordTarget(request.Patient),
            LrAgentXml.Participation("author", "AUT", request.Author),
            Relationship("pertinentInformation", "PERT", Act("pertinentLR", "PCPR", "RQO", Id("id", request.LrId))));

    public static SCRequest? ReadSCRequest(XElement? payload) => payload is null ? null :
        new SCRequest(RequiredCode(Child(payload, "reasonCode")), ReadPatient(payload), ReadAgent(payload, "author"),
            RequiredId(Path(payload, "pertinentInformation", "pertinentLR", "id")));

    public static XElement Write(SCConfirm confirm) => Act("SCConfirm", "PCPR", "EVN", Id("id", confirm.Id));

    public static SCConfirm? ReadSCConfirm(XElement? payload) => payload is null ? null : new SCConfirm(RequiredId(Child(payload, "id")));

    /// <summary>An <c>LRReason</c>-shaped act (<c>pertinentLRReason</c>, <c>pertinentReasonTxt</c>): optional text then optional code.</summary>
    internal static XElement Write(string name, string moodCode, LrReason reason) =>
        Act(name, "PCPR", moodCode,
            reason.Text is null ? null : new XElement(V3 + "text", reason.Text),
            reason.ReasonCode is null ? null : Code("reasonCode", reason.ReasonCode));

    internal static LrReason? ReadReason(XElement? reason) =>
        reason is null ? null : new LrReason(ReadText(Child(reason, "text")), ReadCode(Child(reason, "reasonCode")));

    internal static XElement RecordTarget(Hl7Id patient) =>
        Relationship("recordTarget", "RCT", new XElement(V3 + "patient", new XAttribute("classCode", "PAT"), Id("id", patient)));

    internal static Hl7Id ReadPatient(XElement? parent) => RequiredId(Path(parent, "recordTarget", "patient", "id"));

    /// <summary>The agent in a participation; an <see cref="LrAgent.OtherPerson"/> with an empty id when none can be read.</summary>
    internal static LrAgent ReadAgent(XElement? parent, string participation) =>
        LrAgentXml.Read(Child(parent, participation)) ?? new LrAgent.OtherPerson(Missing);
}
