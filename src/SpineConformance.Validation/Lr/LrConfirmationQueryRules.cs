using SpineConformance.Hl7.Lr;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Lr.LrNode;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// Query Confirmation Request (<c>QUPC_IN010000UK32</c>, LR.md §9.3): Spine 2's compiled rules, which fault
/// <c>INVALID_FIELD_VALUE|responseType</c> for a response type other than 01 or 02 and
/// <c>MANDATORY_FIELD_MISSING|…semanticsText</c> for a missing semanticsText.
/// </summary>
public static class LrConfirmationQueryRules
{
    private const string Source = "LR.md §9.3, §12.2 [C L4]";
    private const string FaultInferred = "LR.md §9.3 [C L4, L13, L14]; fault name [I]";

    private static readonly LrRuleFactory Rules = new("LR-CONFIRM", Source, p => p.Query);

    public static IReadOnlyList<MessageRule> All { get; } =
    [
        Rules.PayloadPresent("LR-CONFIRM-PAYLOAD", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", "query", "LR.md §8.2 [C]; fault name [I]"),
        .. LrParameterListRules.For(Rules, FaultInferred, FaultInferred),
        .. LrParameterListRules.PatientId(Rules, FaultInferred, q => [At(q, "patient.id", "value")]),
        LrParameterListRules.ResponseType(Rules, LrVocabulary.ConfirmationRespType, Source),
        LrParameterListRules.SemanticsText(Rules, Source),
    ];
}
