using System.Xml.Linq;
using SpineConformance.Hl7.Wrappers;
using static SpineConformance.Hl7.Lr.LrXml;

namespace SpineConformance.Hl7.Lr;

public static partial class LrPayloadXml
{
    public static XElement Write(LRExists exists) => Act("LRExists", "OBS", "EVN", Value("value", exists.Value));

    /// <summary>Reads <c>LRExists</c>, or <c>lRExists</c> as Spine 2's own inbound test transform spells it (LR.md §15).</summary>
    public static LRExists? ReadLRExists(XElement? payload) =>
        payload is null ? null : new LRExists(ReadValue(Child(payload, "value")) ?? string.Empty);

    public static XElement Write(ConfirmHistory history) =>
        Act("ConfirmHistory", "OBS", "EVN",
            history.Code is null ? null : Code("code", history.Code),
            history.EffectiveTime is null ? null : Value("effectiveTime", history.EffectiveTime),
            Value("value", history.Value));

    public static ConfirmHistory? ReadConfirmHistory(XElement? payload) => payload is null ? null :
        new ConfirmHistory(ReadValue(Child(payload, "value")) ?? string.Empty)
        {
            Code = ReadCode(Child(payload, "code")),
            EffectiveTime = ReadValue(Child(payload, "effectiveTime")),
        };

    public static XElement Write(ConfirmationList list) =>
        Act("ConfirmationList", "LIST", "EVN", list.Components.Select(c => Relationship("component", "COMP", c switch
        {
            BatchConfirmation.LRStatus s => Act("responseOptionsLRStatus", "OBS", "EVN", Value("value", s.Value), RecordTarget(s.Patient)),
            BatchConfirmation.DetectedIssue i => Act("responseOptionsDetectedIssueEvent", "ALRT", "EVN",
                WithQualifier(Code("code", i.Code), i.Qualifier),
                RecordTarget(i.Patient)),
            _ => throw new ArgumentOutOfRangeException(nameof(list), c, "Unknown batch confirmation component."),
        })));

    public static ConfirmationList? ReadConfirmationList(XElement? payload) => payload is null ? null :
        new ConfirmationList(Children(payload, "component").Select(ReadBatchConfirmation).OfType<BatchConfirmation>().ToList());

    private static XElement WithQualifier(XElement code, string qualifier)
    {
        code.Add(Hl7Elements.Code("qualifier", qualifier));
        return code;
    }

    private static BatchConfirmation? ReadBatchConfirmation(XElement component)
    {
        if (Child(component, "responseOptionsLRStatus") is { } status)
        {
            return new BatchConfirmation.LRStatus(ReadPatient(status), ReadValue(Child(status, "value")) ?? string.Empty);
        }

        if (Child(component, "responseOptionsDetectedIssueEvent") is { } issue)
        {
            var code = Child(issue, "code");
            var qualifier = Child(code, "qualifier");
            return new BatchConfirmation.DetectedIssue(ReadPatient(issue), RequiredCode(code),
                qualifier?.Attribute("code")?.Value ?? Child(qualifier, "value")?.Attribute("code")?.Value ?? string.Empty);
        }

        return null;
    }
}
