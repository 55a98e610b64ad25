using System.Xml.Linq;
using static SpineConformance.Hl7.Lr.LrXml;

namespace SpineConformance.Hl7.Lr;

public static partial class LrPayloadXml
{
    public static XElement Write(SimpleLRList list) =>
        Act("SimpleLRList", "LIST", "EVN",
            RecordTarget(list.Patient),
            list.Details.Select(d => Relationship("component", "COMP",
                Act("simpleDetails", "PCPR", "EVN",
                    Id("id", d.Id),
                    Code("code", d.Status),
                    d.EffectiveTime is null ? null : Value("effectiveTime", d.EffectiveTime),
                    LrAgentXml.Participation("subject", "SBJ", d.Subject)))));

    public static SimpleLRList? ReadSimpleLRList(XElement? payload) => payload is null ? null :
        new SimpleLRList(ReadPatient(payload), Children(payload, "component").Select(c => Child(c, "simpleDetails")).OfType<XElement>()
            .Select(d => new SimpleDetails(RequiredId(Child(d, "id")), RequiredCode(Child(d, "code")), ReadAgent(d, "subject"))
            {
                EffectiveTime = ReadValue(Child(d, "effectiveTime")),
            }).ToList());

    public static XElement Write(CompleteLRList list) =>
        Act("CompleteLRList", "LIST", "EVN",
            RecordTarget(list.Patient),
            list.Details.Select(d => Relationship("component", "COMP", Write(d))));

    public static CompleteLRList? ReadCompleteLRList(XElement? payload) => payload is null ? null :
        new CompleteLRList(ReadPatient(payload), Children(payload, "component").Select(c => Child(c, "completeDetails")).OfType<XElement>().Select(ReadCompleteDetails).ToList());

    private static XElement Write(CompleteDetails details) =>
        Act("completeDetails", "PCPR", "EVN",
            Id("id", details.Id),
            Code("code", details.Status),
            new XElement(V3 + "effectiveTime",
                Value("low", details.ActiveFrom),
                details.StatusSince is null ? null : Value("high", details.StatusSince)),
            Code("reasonCode", details.LrType),
            LrAgentXml.Participation("subject", "SBJ", details.Subject),
            LrAgentXml.Participation("author", "AUT", details.Author),
            details.StatusChange is null ? null : Relationship("component", "COMP",
                Act("sCDetails", "ACT", "EVN",
                    Code("reasonCode", details.StatusChange.ReasonCode),
                    LrAgentXml.Participation("author", "AUT", details.StatusChange.Author))),
            details.Reason is null ? null : Relationship("pertinentInformation", "PERT", Write("pertinentReasonTxt", "RQO", details.Reason)));

    private static CompleteDetails ReadCompleteDetails(XElement details)
    {
        var period = Child(details, "effectiveTime");
        var statusChange = Path(details, "component", "sCDetails");
        return new CompleteDetails(
            RequiredId(Child(details, "id")),
            RequiredCode(Child(details, "code")),
            ReadValue(Child(period, "low")) ?? string.Empty,
            RequiredCode(Child(details, "reasonCode")),
            ReadAgent(details, "subject"),
            ReadAgent(details, "author"))
        {
            StatusSince = ReadValue(Child(period, "high")),
            StatusChange = statusChange is null ? null : new SCDetails(RequiredCode(Child(statusChange, "reasonCode")), ReadAgent(statusChange, "author")),
            Reason = ReadReason(Path(details, "pertinentInformation", "pertinentReasonTxt")),
        };
    }
}
