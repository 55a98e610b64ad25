namespace SpineConformance.Gherkin;

/// <summary>The result of binding the whole suite without running it.</summary>
public sealed record DryRunReport(int ScenarioCount, int StepCount, IReadOnlyList<string> Problems)
{
    public bool AllBound => Problems.Count == 0;

    public override string ToString() => AllBound
        ? $"Dry run: all {StepCount} steps in {ScenarioCount} scenarios bind."
        : $"Dry run: {Problems.Count} problem(s) in {ScenarioCount} scenarios:" + Environment.NewLine + Environment.NewLine
            + string.Join(Environment.NewLine + Environment.NewLine, Problems);
}
