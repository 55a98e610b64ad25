namespace SpineConformance.Reporting.Events;

/// <summary>
/// A scenario as the reports name it, whatever ran it. <paramref name="Id"/> is unique within the run (scenarios run in
/// parallel, so writers key on it); <paramref name="FeatureFile"/> is relative to <c>features/</c> with forward slashes.
/// </summary>
public sealed record ReportedScenario(long Id, string FeatureFile, string FeatureTitle, string Title, IReadOnlyList<string> Tags)
{
    public string? FeatureDescription { get; init; }

    /// <summary>An outline row's values, in column order; empty for a plain scenario.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExampleValues { get; init; } = [];

    /// <summary><c>Feature: Scenario</c>, and an outline row's values in brackets: <c>Feature: Scenario (column=value, …)</c>.</summary>
    public string DisplayName => ExampleValues.Count == 0
        ? $"{FeatureTitle}: {Title}"
        : $"{FeatureTitle}: {Title} ({string.Join(", ", ExampleValues.Select(v => $"{v.Key}={v.Value}"))})";
}
