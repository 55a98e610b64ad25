using System.Text.RegularExpressions;
using SpineConformance.Reporting.Evidence;

namespace SpineConformance.DefectDetection;

/// <summary>
/// The requirement each scenario verifies, by the name the suite's Allure results give it (<c>Feature: Scenario (row)</c>),
/// read from a run's results: their requirement links are the scenarios' requirement tags. A table can then say
/// "ACS-SET-008 ×17" instead of seventeen long names.
/// </summary>
internal sealed partial class ScenarioRequirements(IReadOnlyDictionary<string, string> requirementByScenario)
{
    public static ScenarioRequirements From(IEnumerable<ScenarioResult> results) => new(results
        .Select(r => (r.Name, Requirement: r.Requirements.FirstOrDefault(t => RequirementId().IsMatch(t))))
        .Where(s => s.Requirement is not null)
        .GroupBy(s => s.Name, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Requirement!, StringComparer.Ordinal));

    /// <summary>The scenario's requirement id, or its own name when it carries none.</summary>
    public string Of(string scenario) => requirementByScenario.GetValueOrDefault(scenario) ?? scenario;

    [GeneratedRegex(@"^[A-Z]+(-[A-Z0-9]+)+$")]
    private static partial Regex RequirementId();
}
