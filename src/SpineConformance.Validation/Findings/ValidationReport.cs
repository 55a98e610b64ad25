namespace SpineConformance.Validation.Findings;

/// <summary>Every finding about one message, in layer order.</summary>
public sealed record ValidationReport(IReadOnlyList<Finding> Findings)
{
    public static ValidationReport Empty { get; } = new([]);

    public IEnumerable<Finding> Errors => Findings.Where(f => f.Severity == Severity.Error);

    public bool IsValid => !Errors.Any();

    /// <summary>The errors of the earliest layer that has any: these decide Spine's response.</summary>
    public IReadOnlyList<Finding> DecidingErrors =>
        Errors.GroupBy(f => f.Layer).OrderBy(g => g.Key).FirstOrDefault()?.ToList() ?? [];

    public ValidationReport Merge(ValidationReport other) =>
        new(Findings.Concat(other.Findings).OrderBy(f => f.Layer).ToList());

    public override string ToString() =>
        Findings.Count == 0 ? "No findings." : string.Join(Environment.NewLine, Findings);
}
