namespace SpineConformance.DefectDetection.Tests;

/// <summary>
/// The suite workers against the built suite itself: runs whose settings are wrong end in the suite's one-time set-up at
/// once, so each takes a few seconds yet goes through the whole protocol (the request, the environment, NUnit's result
/// file, the reply) and shows what each run was made with.
/// </summary>
public sealed class SuiteWorkersTests
{
    private string folder = null!;

    [SetUp]
    public void CreateFolder() => folder = Directory.CreateTempSubdirectory("suite-workers-").FullName;

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public async Task RunAsync_TwoRunsInOneWorker_EachIsMadeWithItsOwnEnvironmentAlone()
    {
        await using var workers = new SuiteWorkers(Options(TimeSpan.FromMinutes(2)));

        var first = await RunAsync(workers, "first", ("SPINE_SUT_MHS_ENDPOINT", "http://127.0.0.1:9/mhs"));
        var second = await RunAsync(workers, "second", ("SPINE_SIMULATOR_API_KEY", "a-key"));

        Assert.That(first, Does.Contain("SutMhsEndpoint: only for a system you run yourself").And.Not.Contain("SimulatorApiKey"));
        // The first run's variable was put back as it was: had it stayed, the second run would report it too.
        Assert.That(second, Does.Contain("SimulatorApiKey: only for SimulatorMode=External").And.Not.Contain("SutMhsEndpoint"));
        Assert.That(Directory.GetFiles(Path.Combine(folder, "workers")).Select(Path.GetFileName), Is.EqualTo(new[] { "worker-1.log" }),
            "Both runs should have been made by the one worker the first started.");
    }

    [Test]
    public async Task RunAsync_ARunLongerThanTheTimeout_IsStoppedAndTheNextRunGetsANewWorker()
    {
        await using var workers = new SuiteWorkers(Options(TimeSpan.FromMilliseconds(300)));

        var problem = await workers.RunAsync(RunFolder("slow"), Environment(), CancellationToken.None);
        await workers.RunAsync(RunFolder("next"), Environment(), CancellationToken.None);

        Assert.That(problem, Is.EqualTo("stopped after 0.3 s, the longest a run may take"));
        Assert.That(Directory.GetFiles(Path.Combine(folder, "workers")).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "worker-1.log", "worker-2.log" }));
    }

    private async Task<string?> RunAsync(SuiteWorkers workers, string name, (string Name, string Value) variable)
    {
        var run = RunFolder(name);
        var problem = await workers.RunAsync(run, Environment(variable), CancellationToken.None);
        Assert.That(problem, Is.Null, $"The worker should have made the {name} run and written its results.");
        return SuiteResultFile.Read(Path.Combine(run, SuiteWorkers.ResultFile)).Problem;
    }

    private string RunFolder(string name) => Directory.CreateDirectory(Path.Combine(folder, name)).FullName;

    // Results and reports into the test's own folder, as the detection run sends them into each run's folder.
    private Dictionary<string, string> Environment(params (string Name, string Value)[] variables)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [DetectionConstants.AllureResultsVariable] = Path.Combine(folder, "allure-results"),
            [DetectionConstants.EvidenceVariable] = Path.Combine(folder, "evidence"),
            [DetectionConstants.CucumberReportsOffVariable] = "true",
        };
        foreach (var (name, value) in variables)
        {
            environment[name] = value;
        }

        return environment;
    }

    // The suite as this build made it: the same configuration as these tests (bin/{Configuration}/net10.0).
    private DetectionOptions Options(TimeSpan timeout)
    {
        var binaries = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var root = binaries;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "SpineConformance.sln")))
        {
            root = root.Parent;
        }

        Assert.That(root, Is.Not.Null, "These tests run from a clone's build output.");
        return new DetectionOptions
        {
            RepositoryRoot = root!.FullName,
            ResultsDirectory = folder,
            Configuration = binaries.Parent!.Name,
            RunTimeout = timeout,
        };
    }
}
