using SpineConformance.ReferenceSut.Defects;
using SpineConformance.SecondClient.Defects;
using SpineConformance.Reporting.Evidence;

namespace SpineConformance.DefectDetection;

/// <summary>
/// Runs the feature suite once, in one of the <see cref="SuiteWorkers"/>, with one defect switched on (or none), and reads
/// its NUnit results. Each run gets its own results folder; the suite starts its own simulator and SUT on ports the OS
/// assigns, so runs can go side by side.
/// </summary>
internal sealed class SuiteRunner(DetectionOptions options, TimeProvider time) : IAsyncDisposable
{
    private const string AllureFolder = "allure-results";
    private const string EvidenceFolder = "evidence";

    private static readonly string[] SuiteOutputs = [AllureFolder, EvidenceFolder];

    private readonly SuiteWorkers workers = new(options);

    // A run holds its slot from before the second client starts (it stamps its messages from its start) to its end.
    private readonly SemaphoreSlim slots = new(options.Parallel);

    public async ValueTask DisposeAsync()
    {
        await workers.DisposeAsync();
        slots.Dispose();
    }

    public Task<SuiteRun> RunAsync(Defect? defect, CancellationToken cancellationToken) => RunAsync(defect, BaselineTargets.ReferenceSut, cancellationToken);

    /// <summary>The second client with one of its own defects switched on; the failures are every scenario that failed, baseline or not.</summary>
    public async Task<SuiteRun> RunAsync(ClientDefect defect, CancellationToken cancellationToken) =>
        await RunAsync(null, BaselineTargets.SecondClient, cancellationToken, defect) with { ClientDefect = defect, Target = null };

    /// <summary>A baseline: the suite against <paramref name="target"/> with no defect.</summary>
    public Task<SuiteRun> RunAsync(BaselineTarget target, CancellationToken cancellationToken) => RunAsync(null, target, cancellationToken);

    private async Task<SuiteRun> RunAsync(Defect? defect, BaselineTarget target, CancellationToken cancellationToken, ClientDefect? clientDefect = null)
    {
        await slots.WaitAsync(cancellationToken);
        try
        {
            return await RunNowAsync(defect, target, clientDefect, cancellationToken);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<SuiteRun> RunNowAsync(Defect? defect, BaselineTarget target, ClientDefect? clientDefect, CancellationToken cancellationToken)
    {
        var name = defect?.Id ?? clientDefect?.Id ?? target.Name;
        var folder = Path.Combine(options.ResultsDirectory, name);
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        Directory.CreateDirectory(folder);
        var started = time.GetTimestamp();
        var problem = await RunAgainstAsync(defect, target, folder, clientDefect, cancellationToken);
        var elapsed = time.GetElapsedTime(started);

        // NUnit's results say how many scenarios ran and how many failed; the Allure results name each failed scenario with
        // its feature (NUnit has the scenario title alone) and its requirement. Then, like the evidence bundle, they are not kept.
        var allure = Path.Combine(folder, AllureFolder);
        var results = Directory.Exists(allure) ? ScenarioResult.ReadAllureResults(allure) : [];
        foreach (var output in SuiteOutputs.Select(o => Path.Combine(folder, o)).Where(Directory.Exists))
        {
            Directory.Delete(output, recursive: true);
        }

        var suite = problem is null ? SuiteResultFile.Read(Path.Combine(folder, SuiteWorkers.ResultFile)) : SuiteResults.Unreadable(problem);
        problem ??= suite.Problem;
        problem ??= suite.Results.Count == 0 ? "no scenario ran" : null;
        var failed = results.Where(r => r.Status is not ("passed" or "skipped")).Select(r => r.Name).Order(StringComparer.Ordinal).ToList();
        problem ??= failed.Count == suite.Failed.Count ? null
            : $"NUnit's results have {suite.Failed.Count} failed scenario(s) but the Allure results {failed.Count}";
        var log = Path.Combine(folder, SuiteWorkers.ConsoleLogFile);
        return new SuiteRun(defect, suite.Results.Count, failed, elapsed, problem is null ? null : $"{problem} (see {log})")
        {
            Results = results,
            Target = defect is null ? target : null,
        };
    }

    // The second client runs as its own process for the length of the run and is killed afterwards, whatever happens;
    // the suite starts its simulator at a free port the client was told about.
    private async Task<string?> RunAgainstAsync(
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
            return $"the second client did not start: {exception.Message}";
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

    private async Task<string?> RunSuiteAsync(Defect? defect, Dictionary<string, string> environment, string folder, CancellationToken cancellationToken)
    {
        // An empty value leaves runsettings.xml's SutDefects (empty) in charge: the baseline is a conformant SUT.
        environment[DetectionConstants.DefectsVariable] = defect?.Id ?? string.Empty;
        environment[DetectionConstants.AllureResultsVariable] = Path.Combine(folder, AllureFolder);
        environment[DetectionConstants.EvidenceVariable] = Path.Combine(folder, EvidenceFolder);

        // Nor Reqnroll's Cucumber reports: they would overwrite the real run's in reports/cucumber/.
        environment[DetectionConstants.CucumberReportsOffVariable] = "true";
        return await workers.RunAsync(folder, environment, cancellationToken);
    }
}
