using System.Globalization;
using System.Text;

namespace SpineConformance.Reporting.Evidence;

/// <summary>
/// Each catalogued requirement with its outcome in one run, rolled up from its scenarios, and the scenario totals by
/// status as the Allure report counts them. The roll-up: a requirement takes the worst status among its scenarios, in
/// the order failed, broken, unknown, skipped, passed, so it passes only when every scenario that verifies it passed;
/// a catalogued requirement with no scenario in the run is "not run", one catalogued as not yet covered says so.
/// </summary>
public sealed record RequirementSummary(IReadOnlyList<RequirementOutcome> Requirements, IReadOnlyDictionary<string, int> Totals)
{
    /// <summary>Allure's statuses, worst first.</summary>
    public static readonly IReadOnlyList<string> StatusesWorstFirst = ["failed", "broken", "unknown", "skipped", "passed"];

    public const string NotRun = "not run";

    public const string NotYetCovered = "not yet covered";

    public static RequirementSummary From(IReadOnlyList<RequirementCatalogue> catalogues, IReadOnlyList<ScenarioResult> scenarios)
    {
        ArgumentNullException.ThrowIfNull(catalogues);
        ArgumentNullException.ThrowIfNull(scenarios);
        var requirements = new List<RequirementOutcome>();
        foreach (var catalogue in catalogues)
        {
            var service = Path.GetFileName(Path.GetDirectoryName(catalogue.Path)) ?? string.Empty;
            foreach (var requirement in catalogue.Requirements)
            {
                var verifying = scenarios.Where(s => s.Requirements.Contains(requirement.Id)).ToList();
                var outcome = !requirement.Covered ? NotYetCovered
                    : verifying.Count == 0 ? NotRun
                    : StatusesWorstFirst.First(status => verifying.Any(s => s.Status == status) || status == "passed");
                requirements.Add(new RequirementOutcome(requirement.Id, service, requirement.Text, requirement.Level, outcome,
                    verifying.Select(s => new ScenarioStatus(s.Name, s.Status)).ToList()));
            }
        }

        var totals = new Dictionary<string, int> { ["total"] = scenarios.Count };
        foreach (var status in StatusesWorstFirst)
        {
            var count = scenarios.Count(s => s.Status == status);
            if (count > 0)
            {
                totals[status] = count;
            }
        }

        return new RequirementSummary(requirements, totals);
    }

    /// <summary>For a reader: the totals, then one row per requirement.</summary>
    public string ToMarkdown(string title)
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"# {title}\n\n");
        text.Append("Scenarios: ").AppendJoin(", ", Totals.Select(t => $"{t.Value} {t.Key}")).Append("\n\n");
        text.Append("| requirement | service | level | outcome | scenarios | requirement text |\n|---|---|---|---|---|---|\n");
        foreach (var r in Requirements)
        {
            var scenarios = r.Scenarios.Count == 0 ? "—" : string.Join(", ", r.Scenarios.GroupBy(s => s.Status).Select(g => $"{g.Count()} {g.Key}"));
            text.Append(CultureInfo.InvariantCulture, $"| {r.Id} | {r.Service} | {Cell(r.Level)} | {r.Outcome} | {scenarios} | {Cell(r.Text)} |\n");
        }

        return text.ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace('\n', ' ');
}

/// <summary>One requirement's outcome and the scenarios that decided it.</summary>
public sealed record RequirementOutcome(string Id, string Service, string Text, string Level, string Outcome, IReadOnlyList<ScenarioStatus> Scenarios);

public sealed record ScenarioStatus(string Name, string Status);
