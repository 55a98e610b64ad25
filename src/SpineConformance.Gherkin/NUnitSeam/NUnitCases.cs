using NUnit.Framework;

namespace SpineConformance.Gherkin.NUnitSeam;

/// <summary>Turns cases into NUnit test cases: named "Feature: Scenario (values)", unique within the run so parallel workers
/// and name filters see a stable name, with tags as categories for <c>--filter TestCategory=…</c>.</summary>
internal static class NUnitCases
{
    public static IEnumerable<TestCaseData> From(IEnumerable<ScenarioCase> cases)
    {
        foreach (var scenario in cases)
        {
            var data = new TestCaseData(scenario).SetName(scenario.DisplayName);
            foreach (var tag in scenario.Tags)
            {
                data.SetCategory(tag);
            }

            data.SetProperty("Feature", scenario.Feature.Title);
            data.SetProperty("Location", scenario.Location);
            yield return data;
        }
    }

    /// <summary>Gives duplicate names a line suffix, so two rows with equal values are still two tests.</summary>
    public static void MakeNamesUnique(IReadOnlyList<ScenarioCase> cases)
    {
        foreach (var group in cases.GroupBy(c => c.DisplayName, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            foreach (var scenario in group)
            {
                scenario.DisplayName = $"{scenario.DisplayName} [line {scenario.Line}]";
            }
        }
    }
}
