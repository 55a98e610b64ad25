using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Lr.LrChecks;
using static SpineConformance.Validation.Lr.LrNode;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// Query Details (<c>QUPC_IN020000UK17</c>, LR.md §9.4). Spine 2's validator checks presence and semanticsText only
/// (LR.md §15.1); the response type, dissent override value and override text are the MIM's rules, faulted as the
/// confirmation query faults them.
/// </summary>
public static class LrDetailsQueryRules
{
    private const string Source = "LR.md §9.4 [C L4]";
    private const string Mim = "LR.md §9.4, §10.5 [C L15, L16]; Spine 2 does not check it (§15.1); fault name [I]";

    private static readonly LrRuleFactory Rules = new("LR-DETAILS", Source, p => p.Query);

    public static IReadOnlyList<MessageRule> All { get; } =
    [
        Rules.PayloadPresent("LR-DETAILS-PAYLOAD", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", "query", "LR.md §8.2 [C]; fault name [I]"),
        Rules.Rule("LR-DETAILS-DISSENT-OVERRIDE", "ErrorBase1733.MANDATORY_FIELD_MISSING", "dissentOverride/value has a non-empty code (0 when not overriding)",
            q => CodePresent(At(q, "dissentOverride", "value"), "dissent override"), "LR.md §9.4 [C L4, L15]; fault name [I]"),
        Rules.Rule("LR-DETAILS-DISSENT-OVERRIDE-CODE", "ErrorBase1712.INVALID_FIELD_VALUE",
            $"The dissent override is DissentOverride {Hl7.Lr.LrVocabulary.DissentOverride.CodeSystem}, code 0 to 5", CheckOverrideCode, Mim),
        Rules.Rule("LR-DETAILS-DISSENT-OVERRIDE-TEXT", "ErrorBase1733.MANDATORY_FIELD_MISSING",
            "A dissent override other than 0 carries the user's explanation as non-empty originalText", CheckOverrideText, Mim),
        .. LrParameterListRules.PatientId(Rules, "LR.md §9.4 [C L4, L14]; fault name [I]", q => [At(q, "patient.id", "value")]),
        LrParameterListRules.ResponseType(Rules, LrVocabulary.DetailsRespType, Mim),
        LrParameterListRules.SemanticsText(Rules, Source),
        Rules.Rule("LR-DETAILS-TIME-PERIOD-LOW", "ErrorBase1733.MANDATORY_FIELD_MISSING",
            "A time.Period gives its start: value/low (or value/effectiveTime/low, the path Spine 2's rule reads) with a non-empty value",
            CheckPeriodLow, "LR.md §9.4, §15 [C L4, L15]; leniency on the path and fault name [I]"),
    ];

    private static IEnumerable<Violation> CheckOverrideCode(XElement query)
    {
        var value = At(query, "dissentOverride", "value");
        return string.IsNullOrEmpty(value.Attribute("code"))
            ? []
            : CodeSystem(value, "dissent override", LrVocabulary.DissentOverride.CodeSystem)
                .Concat(CodeIn(value, "dissent override", LrVocabulary.DissentOverride.Codes.Select(c => c.Code)));
    }

    private static IEnumerable<Violation> CheckOverrideText(XElement query)
    {
        var value = At(query, "dissentOverride", "value");
        var code = value.Attribute("code");
        var text = value.Exists ? At(value.Element!, "originalText") : value;
        if (!string.IsNullOrEmpty(code) && code != "0" && string.IsNullOrWhiteSpace(text.Element?.Value))
        {
            yield return new Violation(text.XPath, $"originalText explaining the override (code {code})", Hl7Paths.Describe(text.Element)) { Node = value.Element };
        }
    }

    private static IEnumerable<Violation> CheckPeriodLow(XElement query)
    {
        var period = At(query, "time.Period", "value");
        if (!At(query, "time.Period").Exists)
        {
            yield break;
        }

        var low = period.Exists ? At(At(period.Element!, "effectiveTime").Element ?? period.Element!, "low") : At(query, "time.Period", "value", "low");
        if (string.IsNullOrWhiteSpace(low.Attribute("value")))
        {
            yield return new Violation(low.AttributePath("value"), "the start of the period (YYYYMMDD)", low.Exists ? Hl7Paths.Describe(low.Attribute("value")) : "(absent)")
            { Node = low.Nearest };
        }
    }
}
