namespace SpineConformance.Gherkin;

/// <summary>
/// One NUnit test case: a scenario, or one Examples row of a Scenario Outline, with the background's steps first.
/// In dry-run mode the suite has one case that binds every step instead; a feature file that cannot be read becomes
/// a case that fails with its errors, so nothing is silently dropped.
/// </summary>
public sealed class ScenarioCase
{
    internal ScenarioCase(
        FeatureInfo feature,
        string title,
        IReadOnlyList<string> tags,
        IReadOnlyList<GherkinStep> steps,
        IReadOnlyList<KeyValuePair<string, string>> exampleValues,
        int line,
        ScenarioCaseKind kind = ScenarioCaseKind.Scenario,
        IReadOnlyList<string>? problems = null)
    {
        Feature = feature;
        Title = title;
        Tags = tags;
        Steps = steps;
        ExampleValues = exampleValues;
        Line = line;
        Kind = kind;
        Problems = problems ?? [];
        DisplayName = exampleValues.Count == 0
            ? $"{feature.Title}: {title}"
            : $"{feature.Title}: {title} ({string.Join(", ", exampleValues.Select(v => $"{v.Key}={v.Value}"))})";
    }

    public FeatureInfo Feature { get; }

    public string Title { get; }

    /// <summary>Feature, scenario and examples tags, without '@'.</summary>
    public IReadOnlyList<string> Tags { get; }

    public IReadOnlyList<GherkinStep> Steps { get; }

    /// <summary>The Examples row's values by column, empty for a plain scenario.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> ExampleValues { get; }

    public int Line { get; }

    /// <summary>"Feature: Scenario (column=value, …)", the NUnit test name.</summary>
    public string DisplayName { get; internal set; }

    /// <summary>Where the scenario is written, as "relative/path.feature:line".</summary>
    public string Location => $"{Feature.RelativePath}:{Line}";

    internal ScenarioCaseKind Kind { get; }

    internal IReadOnlyList<string> Problems { get; }

    public override string ToString() => DisplayName;
}
