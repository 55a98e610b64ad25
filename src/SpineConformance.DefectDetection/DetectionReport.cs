using System.Globalization;
using System.Text;

namespace SpineConformance.DefectDetection;

/// <summary>
/// What the detection run prints: a line per run as it finishes, then a table of every defect and the scenarios that
/// caught it (by requirement id, abbreviated), the verdict and the wall time; and a Markdown report with every name.
/// </summary>
internal sealed class DetectionReport(ScenarioRequirements requirements)
{
    /// <summary>How many requirement groups a table cell names before it says how many more there are.</summary>
    public const int GroupsShown = 6;

    public static string Progress(SuiteRun run, int done, int total) =>
        string.Create(CultureInfo.InvariantCulture, $"[{done,2}/{total}] {run.Name,-42} {Outcome(run),-34} {run.Elapsed.TotalSeconds,5:0.0} s");

    public static string Baseline(SuiteRun baseline)
    {
        var label = $"Baseline {baseline.Name} ({baseline.Target?.Description ?? "no defect"})";
        return baseline switch
        {
            { Skipped: { } skipped } => $"{label}: {skipped}.",
            { Problem: { } problem } => $"{label}: the run broke: {problem}",
            { Green: true } => string.Create(CultureInfo.InvariantCulture,
                $"{label}: all {baseline.Scenarios} scenarios passed ({baseline.Elapsed.TotalSeconds:0.0} s)."),
            _ => $"{label}: {baseline.Failed.Count} of {baseline.Scenarios} scenarios FAILED with no defect switched on:"
                + string.Concat(baseline.Failed.Select(f => Environment.NewLine + "  " + f)),
        };
    }

    /// <summary>Each baseline target's result as a Markdown table row: it must pass with no failure.</summary>
    public IEnumerable<string> BaselineTable(IReadOnlyList<SuiteRun> baselines)
    {
        yield return "| baseline target | what it is | scenarios | result |";
        yield return "|---|---|---|---|";
        foreach (var run in baselines)
        {
            var result = run switch
            {
                { Skipped: { } skipped } => skipped,
                { Problem: { } problem } => $"BROKEN: {problem}",
                { Green: true } => "passed, no false failure",
                _ => $"FAILED {run.Failed.Count}: {Abbreviate(run.Failed)}",
            };
            yield return $"| {run.Name} | {run.Target?.Description} | {(run.Skipped is null ? run.Scenarios : "-")} | {result} |";
        }
    }

    /// <summary>Every defect run as a Markdown table row: id, what the SUT does wrong, how many scenarios failed and which.</summary>
    public IEnumerable<string> Table(IReadOnlyList<SuiteRun> runs)
    {
        yield return "| defect | what the SUT does wrong | failed | caught by (requirement ×scenarios) |";
        yield return "|---|---|---|---|";
        foreach (var run in runs)
        {
            var caughtBy = run.Problem is { } problem ? $"BROKEN: {problem}" : run.Caught ? Abbreviate(run.Failed) : "NOT CAUGHT";
            yield return $"| {run.Name} | {run.Description} | {(run.Problem is null ? run.Failed.Count : "-")} | {caughtBy} |";
        }
    }

    /// <summary>Failed scenarios grouped by the requirement they verify, such as <c>ACS-GET-004, ACS-SET-008 ×17</c>.</summary>
    public string Abbreviate(IReadOnlyList<string> failed)
    {
        var groups = failed.GroupBy(requirements.Of, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Count() == 1 ? Shorten(g.Key) : $"{Shorten(g.Key)} ×{g.Count()}").ToList();
        return groups.Count <= GroupsShown
            ? string.Join(", ", groups)
            : $"{string.Join(", ", groups.Take(GroupsShown))} and {groups.Count - GroupsShown} more";
    }

    public static string Summary(IReadOnlyList<SuiteRun> baselines, IReadOnlyList<SuiteRun> runs, TimeSpan wallTime)
    {
        var caught = runs.Count(r => r.Caught);
        var broken = runs.Count(r => r.Problem is not null);
        var missed = runs.Count - caught - broken;
        var verdict = Passed(baselines, runs) ? "every defect caught, no false failure" : "FAILED";
        var checkedBaselines = baselines.Where(b => b.Skipped is null).ToList();
        var green = checkedBaselines.Count(b => b.Green);
        var skipped = baselines.Count - checkedBaselines.Count;
        return $"Detection run: {runs.Count} defects, {caught} caught, {missed} not caught, {broken} broken; "
            + $"baselines {green} of {checkedBaselines.Count} green{(skipped == 0 ? string.Empty : $", {skipped} skipped")}: {verdict}. Wall time {Duration(wallTime)}.";
    }

    /// <summary>
    /// Whether the run proves what it should: every baseline that ran is green (a skipped one counts neither way, but at
    /// least one must run), and every defect is caught by at least one scenario.
    /// </summary>
    public static bool Passed(IReadOnlyList<SuiteRun> baselines, IReadOnlyList<SuiteRun> runs) =>
        baselines.Any(b => b.Skipped is null) && baselines.Where(b => b.Skipped is null).All(b => b.Green) && runs.All(r => r.Caught);

    /// <summary>The whole result as Markdown: the summary, the table, then every failed scenario of each defect by name.</summary>
    public string Markdown(IReadOnlyList<SuiteRun> baselines, IReadOnlyList<SuiteRun> runs, TimeSpan wallTime)
    {
        var text = new StringBuilder();
        text.AppendLine("# Defect detection run").AppendLine();
        text.AppendLine(Summary(baselines, runs, wallTime)).AppendLine();
        foreach (var row in BaselineTable(baselines))
        {
            text.AppendLine(row);
        }

        text.AppendLine();
        foreach (var baseline in baselines)
        {
            text.AppendLine(Baseline(baseline)).AppendLine();
        }

        foreach (var row in Table(runs))
        {
            text.AppendLine(row);
        }

        foreach (var run in runs.Where(r => r.Failed.Count > 0))
        {
            text.AppendLine().AppendLine(CultureInfo.InvariantCulture, $"## {run.Name} ({run.Defect?.Category.ToString() ?? "second client"}): {run.Failed.Count} failed").AppendLine();
            foreach (var scenario in run.Failed)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- `{requirements.Of(scenario)}` {scenario}");
            }
        }

        return text.ToString();
    }

    public static string Duration(TimeSpan time) => time.TotalMinutes >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)time.TotalMinutes} min {time.Seconds:00} s")
        : string.Create(CultureInfo.InvariantCulture, $"{time.TotalSeconds:0.0} s");

    private static string Outcome(SuiteRun run) => run switch
    {
        { Problem: not null } => "BROKEN",
        { Caught: true } => $"caught by {run.Failed.Count} scenario{(run.Failed.Count == 1 ? string.Empty : "s")}",
        _ => "NOT CAUGHT: every scenario passed",
    };

    // A scenario with no requirement tag is named in full; keep the cell readable.
    private static string Shorten(string name) => name.Length <= 60 ? name : name[..57] + "...";
}
