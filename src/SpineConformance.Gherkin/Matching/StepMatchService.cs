using System.Text.RegularExpressions;
using SpineConformance.Gherkin.Bindings;

namespace SpineConformance.Gherkin.Matching;

/// <summary>Finds the one binding for a step, or explains why there is none or more than one.</summary>
internal sealed class StepMatchService(IReadOnlyList<StepBinding> bindings)
{
    public StepMatch Match(GherkinStep step, ScenarioCase scenario)
    {
        var byText = bindings.Select(b => (Binding: b, Match: b.Regex.Match(step.Text))).Where(m => m.Match.Success).ToList();
        var byKind = byText.Where(m => m.Binding.Kind is null || m.Binding.Kind == step.Kind).ToList();
        var byParameters = byKind.Where(m => ParametersFit(m.Binding, m.Match, step)).ToList();

        if (byParameters.Count == 1)
        {
            var (binding, match) = byParameters[0];
            return StepMatch.Bound(binding, match.Groups.Cast<Group>().Skip(1).Select(g => g.Value).ToList());
        }

        if (byParameters.Count > 1)
        {
            var candidates = byParameters.Select(m => m.Binding).ToList();
            return StepMatch.Ambiguous(Ambiguity(step, scenario, candidates), candidates);
        }

        var reason = byKind.Count > 0
            ? $"The text matches, but the parameters do not fit (expected one per capture group{ArgumentNote(step)}):"
            : byText.Count > 0
                ? $"The text matches only bindings for another keyword kind; this step is a {step.Kind} step:"
                : null;
        var nearMisses = (byKind.Count > 0 ? byKind : byText).Select(m => m.Binding).ToList();
        return StepMatch.Undefined(Undefined(step, scenario, reason, nearMisses), nearMisses);
    }

    private static bool ParametersFit(StepBinding binding, Match match, GherkinStep step)
    {
        var expected = match.Groups.Count - 1 + (step.DataTable is not null || step.DocString is not null ? 1 : 0);
        return binding.Method.GetParameters().Length == expected;
    }

    private static string ArgumentNote(GherkinStep step) =>
        step.DataTable is not null ? ", then the Table" : step.DocString is not null ? ", then the DocString as string" : string.Empty;

    private static string Undefined(GherkinStep step, ScenarioCase scenario, string? reason, List<StepBinding> nearMisses)
    {
        var lines = new List<string>
        {
            "No step definition matches this step:",
            $"  {step}",
            $"  at {scenario.Feature.RelativePath}:{step.Line} (scenario '{scenario.Title}')",
        };
        if (reason is not null)
        {
            lines.Add(reason);
            lines.AddRange(nearMisses.Select(b => $"  {b}"));
        }

        lines.Add("Add a step definition to a [Binding] class:");
        lines.Add(string.Empty);
        lines.Add(StepSnippet.For(step));
        return string.Join(Environment.NewLine, lines);
    }

    private static string Ambiguity(GherkinStep step, ScenarioCase scenario, List<StepBinding> candidates)
    {
        var lines = new List<string>
        {
            $"Ambiguous step: {candidates.Count} step definitions match it:",
            $"  {step}",
            $"  at {scenario.Feature.RelativePath}:{step.Line} (scenario '{scenario.Title}')",
            "Candidates:",
        };
        lines.AddRange(candidates.Select(c => $"  {c}"));
        lines.Add("Make the regexes distinct so exactly one matches.");
        return string.Join(Environment.NewLine, lines);
    }
}
