namespace SpineConformance.DefectDetection;

/// <summary>
/// The whole detection run: every baseline target first (a defect run means nothing unless the suite passes without one),
/// then every defect of the reference SUT and of the second client, printing each as it finishes, then the table. Runs go
/// <see cref="DetectionOptions.Parallel"/> at a time (as many suite workers). Defects run when the reference SUT's own
/// baseline is green; the second client's when its baseline ran.
/// </summary>
internal static class DetectionRun
{
    public static async Task<int> RunAsync(DetectionOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        await using var runner = new SuiteRunner(options, time);
        Directory.CreateDirectory(options.ResultsDirectory);

        await output.WriteLineAsync(
            $"Running the feature suite with no defect against {options.Baselines.Count} baseline target(s) ({string.Join(", ", options.Baselines.Select(b => b.Name))}), "
            + $"then with each of {options.Defects.Count} defects of the reference SUT"
            + (options.ClientDefects.Count > 0 ? $" and {options.ClientDefects.Count} of the second client" : string.Empty)
            + $", {options.Parallel} runs at a time (one suite worker process each).");
        // The baselines side by side; then, once the reference SUT's is green, every defect run side by side.
        var baselines = await Task.WhenAll(options.Baselines.Select(async target => SkipReason(options, target) is { } skip
            ? new SuiteRun(null, 0, [], TimeSpan.Zero, null) { Target = target, Skipped = skip }
            : await runner.RunAsync(target, cancellationToken)));
        foreach (var baseline in baselines)
        {
            await output.WriteLineAsync(DetectionReport.Baseline(baseline));
        }

        var reference = baselines.FirstOrDefault(b => b.Target == BaselineTargets.ReferenceSut);
        var defects = reference is { Green: false } ? [] : options.Defects;
        if (defects.Count == 0 && options.Defects.Count > 0)
        {
            await output.WriteLineAsync("The suite must pass against the reference SUT with no defect before a failing scenario can be said to catch one; no defect was run.");
        }

        // The second client's own defects need its baseline: a scenario that already failed there catches nothing.
        var secondBaseline = baselines.FirstOrDefault(b => b.Target == BaselineTargets.SecondClient);
        var clientDefects = options.ClientDefects;
        if (clientDefects.Count > 0 && secondBaseline is not { Problem: null, Skipped: null })
        {
            await output.WriteLineAsync("The second client's defects need its baseline (--baselines baseline-second-client) to have run; none was run.");
            clientDefects = [];
        }

        var total = defects.Count + clientDefects.Count;
        var done = 0;
        var gate = new Lock();
        void Report(SuiteRun run, string suffix = "")
        {
            lock (gate)
            {
                output.WriteLine(DetectionReport.Progress(run, ++done, total) + suffix);
            }
        }

        var referenceRuns = defects.Select(async defect =>
        {
            var run = await runner.RunAsync(defect, cancellationToken);
            Report(run);
            return run;
        });
        var clientRuns = clientDefects.Select(async defect =>
        {
            var run = await runner.RunAsync(defect, cancellationToken);
            run = run with { Failed = [.. run.Failed.Except(secondBaseline!.Failed, StringComparer.Ordinal)] };
            Report(run, " (beyond the second client's baseline)");
            return run;
        });
        var runs = await Task.WhenAll(referenceRuns.Concat(clientRuns));

        // A baseline ran every scenario, so its results name each one's requirement.
        var report = new DetectionReport(ScenarioRequirements.From(baselines.SelectMany(b => b.Results).ToList()));
        var wallTime = time.GetElapsedTime(started);
        await output.WriteLineAsync();
        foreach (var row in report.BaselineTable(baselines).Concat([string.Empty]).Concat(report.Table(runs)))
        {
            await output.WriteLineAsync(row);
        }

        var markdown = Path.Combine(options.ResultsDirectory, "detection-report.md");
        await File.WriteAllTextAsync(markdown, report.Markdown(baselines, runs, wallTime), cancellationToken);
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Every failed scenario, by name: {markdown}");
        await output.WriteLineAsync(DetectionReport.Summary(baselines, runs, wallTime));
        return DetectionReport.Passed(baselines, runs) ? 0 : 1;
    }

    // A target that needs a suite setting this clone does not define would run as something it is not: say so instead.
    private static string? SkipReason(DetectionOptions options, BaselineTarget target)
    {
        if (target.RequiresSetting is not { } setting)
        {
            return null;
        }

        return RunSettings.Defines(Path.Combine(options.RepositoryRoot, "runsettings.xml"), setting)
            ? null
            : $"skipped: the suite has no '{setting}' setting in runsettings.xml yet, so this target cannot be selected";
    }
}
