namespace SpineConformance.Gherkin.Parsing;

/// <summary>The cases a feature file yields, and every problem found in it.</summary>
internal sealed record FeatureLoadResult(FeatureInfo Feature, IReadOnlyList<ScenarioCase> Cases, IReadOnlyList<string> Errors);
