using System.Diagnostics;
using SpineConformance.ReferenceSut.Defects;
using SpineConformance.SecondClient.Defects;
using SpineConformance.Reporting.Evidence;

namespace SpineConformance.DefectDetection;

/// <summary>
/// Runs the feature suite once, in its own <c>dotnet test</c> process, with one defect switched on (or none), and reads its
/// TRX. Each run gets its own results folder; the suite starts its own simulator and SUT on ports the OS assigns, so runs
/// can go side by side.
/// </summary>
internal sealed class SuiteRunner(DetectionOptions options, TimeProvider time)
{
    private const string AllureFolder = "allure-results";
    private const string EvidenceFolder = "evidence";

    private static readonly string[] SuiteOutputs = [AllureFolder, EvidenceFolder];

    public Task<SuiteRun> RunAsync(Defect? defect, CancellationToken cancellationToken) => RunAsync(defect, BaselineTargets.ReferenceSut, cancellationToken);

    /// <summary>The second client with one of its own defects switched on; the failures are every scenario that failed, baseline or not.</summary>
    public async Task<SuiteRun> RunAsync(ClientDefect defect, CancellationToken cancellationToken) =>
        await RunAsync(null, BaselineTargets.SecondClient, cancellationToken, defect) with { ClientDefect = defect, Target = null };

    /// <summary>A baseline: the suite against <paramref name="target"/> with no defect.</summary>
    public Task<SuiteRun> RunAsync(BaselineTarget target, CancellationToken cancellationToken) => RunAsync(null, target, cancellationToken);

    private async Task<SuiteRun> RunAsync(Defect? defect, BaselineTarget target, CancellationToken cancellationToken, ClientDefect? clientDefect = null)
    {
        var name = defect?.Id ?? clientDefect?.Id ?? target.Name;
        var folder = Path.Combine(options.ResultsDirectory, name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var started = time.GetTimestamp();
        var (exitCode, problem) = await RunAgainstAsync(defect, target, folder, clientDefect, cancellationToken);
        var elapsed = time.GetElapsedTime(started);

        // The TRX says how many scenarios ran and how many failed; the Allure results name each failed scenario with its
        // feature (the TRX has the scenario title alone) and its requirement. Then, like the evidence bundle, they are not kept.
        var allure = Path.Combine(folder, AllureFolder);
        var results = Directory.Exists(allure) ? ScenarioResult.ReadAllureResults(allure) : [];
        foreach (var output in SuiteOutputs.Select(o => Path.Combine(folder, o)).Where(Directory.Exists))
        {
            Directory.Delete(output, recursive: true);
        }

        var trx = TrxFile.Read(Path.Combine(folder, "suite.trx"));
        problem ??= trx.Problem ?? (exitCode is 0 or 1 ? null : $"dotnet test exited with code {exitCode}");
        problem ??= trx.Results.Count == 0 ? "no scenario ran" : null;
        var failed = results.Where(r => r.Status is not ("passed" or "skipped")).Select(r => r.Name).Order(StringComparer.Ordinal).ToList();
        problem ??= failed.Count == trx.Failed.Count ? null
            : $"the TRX has {trx.Failed.Count} failed test(s) but the Allure results {failed.Count} failed scenario(s)";
        var log = Path.Combine(folder, "console.log");
        return new SuiteRun(defect, trx.Results.Count, failed, elapsed, problem is null ? null : $"{problem} (see {log})")
        {
            Results = results,
            Target = defect is null ? target : null,
        };
    }

    // The second client runs as its own process for the length of the run and is killed afterwards, whatever happens;
    // the suite starts its simulator at a free port the client was told about.
    private async Task<(int ExitCode, string? Problem)> RunAgainstAsync(
        Defect? defect, BaselineTarget target, string folder, ClientDefect? clientDefect, CancellationToken cancellationToken)
    {
        var environment = new Dictionary<string, string>(target.Environment, StringComparer.Ordinal);
        if (!target.StartsSecondClient)
        {
            return await RunSuiteAsync(defect, environment, folder, cancellationToken);
        }

        var spine = new Uri($"http://127.0.0.1:{SecondClientProcess.FreePort()}");
        await using var clientLog = new StreamWriter(Path.Combine(folder, "second-client.log"));
        SecondClientProcess client;
        try
        {
            client = await SecondClientProcess.StartAsync(options, spine, clientDefect, clientLog, time, cancellationToken);
        }
        catch (Exception exception) when (exception is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
        {
            return (-1, $"the second client did not start: {exception.Message}");
        }

        await using (client)
        {
            environment["SPINE_SUT_DRIVER"] = "TestHook";
            environment["SPINE_SUT_BASE_URL"] = client.BaseAddress.ToString();
            environment["SPINE_SUT_MHS_ENDPOINT"] = new Uri(client.BaseAddress, "/mhs/inbound").ToString();
            environment["SPINE_SIMULATOR_URL"] = spine.ToString();
            return await RunSuiteAsync(defect, environment, folder, cancellationToken);
        }
    }

    private async Task<(int ExitCode, string? Problem)> RunSuiteAsync(Defect? defect, Dictionary<string, string> environment, string folder, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.RepositoryRoot,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        // The built assembly, not the project: dotnet test then goes straight to the test platform instead of evaluating
        // the project again for each of the 60 runs (about a second each on this machine's 2 cores).
        var suite = DetectionConstants.SuiteAssembly(options.RepositoryRoot, options.Configuration);
        if (!File.Exists(suite))
        {
            return (-1, $"the feature suite is not built: {suite} is missing. Build the solution ({options.Configuration}) first.");
        }

        foreach (var argument in new[]
        {
            "test", suite, "--nologo",
            "--settings", "runsettings.xml", "--filter", DetectionConstants.ScenarioFilter,
            "--logger", "trx;LogFileName=suite.trx", "--results-directory", folder,
        })
        {
            start.ArgumentList.Add(argument);
        }

        // An empty value leaves runsettings.xml's SutDefects (empty) in charge: the baseline is a conformant SUT.
        start.Environment[DetectionConstants.DefectsVariable] = defect?.Id ?? string.Empty;
        start.Environment[DetectionConstants.AllureResultsVariable] = Path.Combine(folder, AllureFolder);
        start.Environment[DetectionConstants.EvidenceVariable] = Path.Combine(folder, EvidenceFolder);

        foreach (var (variable, value) in environment)
        {
            start.Environment[variable] = value;
        }

        // Nor Reqnroll's Cucumber reports: they would overwrite the real run's in reports/cucumber/.
        start.Environment[DetectionConstants.CucumberReportsOffVariable] = "true";

        await using var log = new StreamWriter(Path.Combine(folder, "console.log"));
        using var process = new Process { StartInfo = start };
        var gate = new Lock();
        void Write(string? line)
        {
            if (line is not null)
            {
                lock (gate)
                {
                    log.WriteLine(line);
                }
            }
        }

        process.OutputDataReceived += (_, e) => Write(e.Data);
        process.ErrorDataReceived += (_, e) => Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.RunTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            cancellationToken.ThrowIfCancellationRequested();
            return (-1, $"stopped after {options.RunTimeout.TotalMinutes:0} minutes");
        }

        // The process has exited; the parameterless wait also waits for the last redirected lines, so the log is complete.
        process.WaitForExit();
        return (process.ExitCode, null);
    }
}
