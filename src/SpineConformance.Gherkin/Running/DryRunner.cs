using SpineConformance.Gherkin.Bindings;
using SpineConformance.Gherkin.Matching;

namespace SpineConformance.Gherkin.Running;

/// <summary>Binds every step of every feature without running anything, and reports every problem in one list.</summary>
internal static class DryRunner
{
    public static DryRunReport Check(BindingRegistry registry, StepMatchService matcher, IReadOnlyList<ScenarioCase> cases)
    {
        var problems = new List<string>(registry.Errors);
        problems.AddRange(cases.Where(c => c.Kind == ScenarioCaseKind.InvalidFeature).SelectMany(c => c.Problems));
        var seen = new HashSet<string>();
        foreach (var scenario in cases.Where(c => c.Kind == ScenarioCaseKind.Scenario))
        {
            foreach (var step in scenario.Steps)
            {
                var match = matcher.Match(step, scenario);
                // An outline repeats its steps per row; report each unbound text and location once.
                if (match.Kind != StepMatchKind.Bound && seen.Add($"{scenario.Feature.RelativePath}:{step.Line}:{step.Text}"))
                {
                    problems.Add(match.Explanation);
                }
            }
        }

        var stepCount = cases.Where(c => c.Kind == ScenarioCaseKind.Scenario).Sum(c => c.Steps.Count);
        return new DryRunReport(cases.Count(c => c.Kind == ScenarioCaseKind.Scenario), stepCount, problems);
    }
}
