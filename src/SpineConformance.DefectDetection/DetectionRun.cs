namespace SpineConformance.DefectDetection;

/// <summary>
/// The whole detection run: the baseline first (a defect run means nothing unless the suite passes without one), then
/// every defect, <see cref="DetectionOptions.Parallel"/> at a time, printing each as it finishes, then the table.
/// </summary>
internal static class DetectionRun
{
    public static async Task<int> RunAsync(DetectionOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        var time = TimeProvider.System;
        var started = time.GetTimestamp();
        var runner = new SuiteRunner(options, time);
        Directory.CreateDirectory(options.ResultsDirectory);

        await output.WriteLineAsync($"Running the feature suite with no defect, then with each of {options.Defects.Count} defects ({options.Parallel} at a time).");
        var baseline = await runner.RunAsync(null, cancellationToken);
        await output.WriteLineAsync(DetectionReport.Baseline(baseline));
        if (!baseline.Green)
        {
            await output.WriteLineAsync("The suite must pass with no defect before a failing scenario can be said to catch one; no defect was run.");
            return 1;
        }

        var runs = new SuiteRun[options.Defects.Count];
        var done = 0;
        using var slots = new SemaphoreSlim(options.Parallel);
        var gate = new Lock();
        await Task.WhenAll(options.Defects.Select(async (defect, index) =>
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

        // The baseline ran every scenario, so its results name each one's requirement.
        var report = new DetectionReport(ScenarioRequirements.From(baseline.Results));
        var wallTime = time.GetElapsedTime(started);
        await output.WriteLineAsync();
        foreach (var row in report.Table(runs))
        {
            await output.WriteLineAsync(row);
        }

        var markdown = Path.Combine(options.ResultsDirectory, "detection-report.md");
        await File.WriteAllTextAsync(markdown, report.Markdown(baseline, runs, wallTime), cancellationToken);
        await output.WriteLineAsync();
        await output.WriteLineAsync($"Every failed scenario, by name: {markdown}");
        await output.WriteLineAsync(DetectionReport.Summary(baseline, runs, wallTime));
        return DetectionReport.Passed(baseline, runs) ? 0 : 1;
    }
}
