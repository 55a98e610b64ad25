using System.Runtime.CompilerServices;
using Reqnroll;
using Reqnroll.Plugins;
using SpineConformance.Specs.Runner;
using SpineConformance.Specs.Support;

// The suite's NUnit provider, services and reports, for this assembly's scenarios too.
[assembly: RuntimePlugin(typeof(SuiteRuntimePlugin))]
[assembly: Parallelizable(ParallelScope.All)]

namespace SpineConformance.Samples.MyGpSystemDriver;

/// <summary>Starts and ends Reqnroll's test run around this assembly's scenarios, as the suite's own project does.</summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeSetUp]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public Task StartAsync() => TestRunnerManager.OnTestRunStartAsync(typeof(TestRun).Assembly);

    [OneTimeTearDown]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public async Task EndAsync()
    {
        await TestRunnerManager.OnTestRunEndAsync(typeof(TestRun).Assembly);
        await EvidenceBundleExport.WriteBundleAsync();
    }
}
