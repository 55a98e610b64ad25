using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Lr.LrNode;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// Query Batch Confirmation Request (<c>QUPC_IN090000UK03</c>, LR.md §9.5): the confirmation query for 1 to 10 000 patients.
/// Spine 2 has no compiled validator for it (LR.md §15.1), so every fault name is chosen by analogy with the confirmation query.
/// </summary>
public static class LrBatchQueryRules
{
    private const string Source = "LR.md §9.5 [C L4, L14]; fault name [I]";

    private const int MaxPatients = 10_000;

    private static readonly LrRuleFactory Rules = new("LR-BATCH", Source, p => p.Query);

    public static IReadOnlyList<MessageRule> All { get; } =
    [
        Rules.PayloadPresent("LR-BATCH-PAYLOAD", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", "query", "LR.md §8.2 [C]; fault name [I]"),
        .. LrParameterListRules.For(Rules, Source, Source),
        Rules.Rule("LR-BATCH-PATIENTS", "ErrorBase1733.MANDATORY_FIELD_MISSING", "query has 1 to 10 000 patient.id parameters",
            q => Each(q, "patient.id").Count() is var count and (< 1 or > MaxPatients)
                ? [new Violation(At(q, "patient.id").XPath, "1 to 10 000 patient.id parameters", $"{count}") { Node = q }]
                : []),
        .. LrParameterListRules.PatientId(Rules, Source, q => Each(q, "patient.id").Select(p => At(p, "value"))),
        LrParameterListRules.SemanticsText(Rules, Source),
    ];

    /// <summary>Each patient is a valid NHS number. Spine answers a bad one inline, for that patient alone (LR.md §9.5, §13).</summary>
    public static MessageRule NhsNumberValid { get; } = All.Single(r => r.Id == "LR-BATCH-NHS-NUMBER");
}
