using System.Runtime.CompilerServices;
using Reqnroll;
using Reqnroll.Plugins;
using SpineConformance.Specs.Runner;
using SpineConformance.Specs.Support;

// The suite's NUnit provider, services and reports, for this assembly's scenarios too.
[assembly: RuntimePlugin(typeof(SuiteRuntimePlugin))]
[assembly: Parallelizable(ParallelScope.All)]

// Scenario titles as test names in dotnet test's output, the TRX and the test explorer.
[assembly: ScenarioTitleTestNames]

namespace SpineConformance.Samples.MyGpSystemDriver;

/// <summary>
/// Starts and ends Reqnroll's test run around this assembly's scenarios, as the suite's own project does. MyGP's reports
/// go to TestResults/sample/ (unless the SPINE_* and REQNROLL_FORMATTERS_* variables say otherwise), so a run beside
/// the suite's own never mixes with its reports.
/// </summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeSetUp]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public Task StartAsync()
    {
        var reports = Path.Combine(Reporting.RepositoryLayout.Root() ?? AppContext.BaseDirectory, "TestResults", "sample");
        Default("SPINE_ALLURE_RESULTS", Path.Combine(reports, "allure-results"));
        Default("SPINE_EVIDENCE_DIRECTORY", Path.Combine(reports, "evidence"));
        Default("REQNROLL_FORMATTERS_HTML", $"outputFilePath={Path.Combine(reports, "cucumber.html")}");
        Default("REQNROLL_FORMATTERS_MESSAGE", $"outputFilePath={Path.Combine(reports, "cucumber.ndjson")}");
        return TestRunnerManager.OnTestRunStartAsync(typeof(TestRun).Assembly);
    }

    [OneTimeTearDown]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public async Task EndAsync()
    {
        await TestRunnerManager.OnTestRunEndAsync(typeof(TestRun).Assembly);
        await EvidenceBundleExport.WriteBundleAsync();
    }

    private static void Default(string variable, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Environment.SetEnvironmentVariable(variable, value);
        }
    }
}
