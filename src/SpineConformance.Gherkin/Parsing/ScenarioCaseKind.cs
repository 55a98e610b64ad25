namespace SpineConformance.Gherkin;

internal enum ScenarioCaseKind
{
    Scenario,
    InvalidFeature,
    DryRun,
}
