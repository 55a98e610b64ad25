using System.Runtime.CompilerServices;
using Reqnroll;

[assembly: Parallelizable(ParallelScope.All)]

namespace SpineConformance.Specs;

/// <summary>
/// Starts and ends Reqnroll's test run around every generated feature fixture (they all sit under this namespace):
/// without it no <c>[BeforeTestRun]</c> or <c>[AfterTestRun]</c> hook runs and Reqnroll's formatters write nothing.
/// The evidence bundle is written last, once the formatters have finished the Cucumber reports it holds.
/// </summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeSetUp]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public Task StartAsync()
    {
        Support.RunSettings.Reload();
        return TestRunnerManager.OnTestRunStartAsync(typeof(TestRun).Assembly);
    }

    [OneTimeTearDown]
    [MethodImpl(MethodImplOptions.NoInlining)]
    public async Task EndAsync()
    {
        await TestRunnerManager.OnTestRunEndAsync(typeof(TestRun).Assembly);
        await Support.EvidenceBundleExport.WriteBundleAsync();
    }
}
