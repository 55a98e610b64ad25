using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Rules;

/// <summary>
/// One named Spine rule: its id (stable, used in reports and requirement catalogues), the Spine fault name
/// it raises, its layer, a sentence saying what it requires, and a check that lists the violations.
/// </summary>
public sealed record MessageRule(
    string Id,
    string? FaultName,
    ValidationLayer Layer,
    string Description,
    Func<MessageUnderTest, IEnumerable<Violation>> Check)
{
    public Severity Severity { get; init; } = Severity.Error;

    /// <summary>Where the rule comes from, e.g. "ACS.md §3.2 [C]".</summary>
    public string Source { get; init; } = string.Empty;
}
