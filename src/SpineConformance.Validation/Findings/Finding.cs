namespace SpineConformance.Validation.Findings;

/// <summary>
/// One thing wrong (or worth knowing) about a message: which rule, the Spine fault it maps to, where
/// (XPath and line), what was expected and what was found.
/// </summary>
public sealed record Finding(
    string RuleId,
    string? FaultName,
    ValidationLayer Layer,
    Severity Severity,
    string XPath,
    string Expected,
    string Actual,
    string Message)
{
    public int? Line { get; init; }

    public override string ToString() =>
        $"[{Severity}] {RuleId}{(FaultName is null ? string.Empty : $" ({FaultName})")} at {XPath}{(Line is null ? string.Empty : $" line {Line}")}: {Message}";
}
