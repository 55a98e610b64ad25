namespace SpineConformance.DefectDetection;

/// <summary>
/// The whole detection run: every baseline target first, one after another (a defect run means nothing unless the suite
/// passes without one), then every defect of the reference SUT, <see cref="DetectionOptions.Parallel"/> at a time,
/// printing each as it finishes, then the table. Defects run when the reference SUT's own baseline is green.
/// </summary>
internal static class DetectionRun
{
    public static async Task<int> RunAsync(DetectionOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        var runner = new SuiteRunner(options, time);
        Directory.CreateDirectory(options.ResultsDirectory);

        await output.WriteLineAsync(
            $"Running the feature suite with no defect against {options.Baselines.Count} baseline target(s) ({string.Join(", ", options.Baselines.Select(b => b.Name))}), "
            + $"then with each of {options.Defects.Count} defects ({options.Parallel} at a time).");
        var baselines = new List<SuiteRun>();
        foreach (var target in options.Baselines)
        {
            var baseline = SkipReason(options, target) is { } skip
                ? new SuiteRun(null, 0, [], TimeSpan.Zero, null) { Target = target, Skipped = skip }
                : await runner.RunAsync(target, cancellationToken);
            baselines.Add(baseline);
            await output.WriteLineAsync(DetectionReport.Baseline(baseline));
        }

        var reference = baselines.FirstOrDefault(b => b.Target == BaselineTargets.ReferenceSut);
        var runs = new SuiteRun[reference is { Green: false } ? 0 : options.Defects.Count];
        if (runs.Length == 0 && options.Defects.Count > 0)
        {
            await output.WriteLineAsync("The suite must pass against the reference SUT with no defect before a failing scenario can be said to catch one; no defect was run.");
        }

        var done = 0;
        using var slots = new SemaphoreSlim(options.Parallel);
        var gate = new Lock();
        await Task.WhenAll(options.Defects.Take(runs.Length).Select(async (defect, index) =>
        {
            await slots.WaitAsync(cancellationToken);
            try
            {
                var run = await runner.RunAsync(defect, cancellationToken);
                runs[index] = run;
                lock (gate)
                {
                    output.WriteLine(DetectionReport.Progress(run, ++done, runs.Length));
                }
            }
            finally
            {
                slots.Release();
            }
        }));

        // The second client's own defects, after its baseline: a scenario that already failed there catches nothing.
        var secondBaseline = baselines.FirstOrDefault(b => b.Target == BaselineTargets.SecondClient);
        var clientRuns = new List<SuiteRun>();
        if (options.ClientDefects.Count > 0 && secondBaseline is not { Problem: null, Skipped: null })
        {
            await output.WriteLineAsync("The second client's defects need its baseline (--baselines baseline-second-client) to have run; none was run.");
        }
        else
        {
            foreach (var defect in options.ClientDefects)
            {
                var run = await runner.RunAsync(defect, cancellationToken);
                run = run with { Failed = [.. run.Failed.Except(secondBaseline!.Failed, StringComparer.Ordinal)] };
                clientRuns.Add(run);
                await output.WriteLineAsync(DetectionReport.Progress(run, clientRuns.Count, options.ClientDefects.Count) + " (beyond the second client's baseline)");
            }
        }

        runs = [.. runs, .. clientRuns];

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
