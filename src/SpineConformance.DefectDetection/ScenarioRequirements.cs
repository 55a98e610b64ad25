using System.Text.RegularExpressions;
using SpineConformance.Gherkin;

namespace SpineConformance.DefectDetection;

/// <summary>
/// The requirement each scenario verifies, by its test name, read from the feature files with the suite's own runner so
/// the names are exactly the ones the TRX holds. A table can then say "ACS-SET-008 ×17" instead of seventeen long names.
/// </summary>
internal sealed partial class ScenarioRequirements(IReadOnlyDictionary<string, string> requirementByScenario)
{
    public static ScenarioRequirements Load(string featuresDirectory)
    {
        var suite = FeatureSuite.Create(b => b.FeaturesFrom(featuresDirectory));
        return new(suite.Scenarios
            .Select(s => (s.DisplayName, Requirement: s.Tags.FirstOrDefault(t => RequirementId().IsMatch(t))))
            .Where(s => s.Requirement is not null)
            .ToDictionary(s => s.DisplayName, s => s.Requirement!, StringComparer.Ordinal));
    }

    /// <summary>The scenario's requirement id, or its own name when it carries none.</summary>
    public string Of(string scenario) => requirementByScenario.GetValueOrDefault(scenario) ?? scenario;

    [GeneratedRegex(@"^[A-Z]+(-[A-Z0-9]+)+$")]
    private static partial Regex RequirementId();
}
