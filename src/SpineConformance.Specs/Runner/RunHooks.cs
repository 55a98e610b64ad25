using Reqnroll;
using Reqnroll.BoDi;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Settings;
using SpineConformance.Reporting;
using SpineConformance.Reporting.Events;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Runner;

/// <summary>The run's beginning and end: settings checked before the first scenario, results started, a per-scenario
/// driver released after its scenario, and the simulator and SUT stopped after the last one.</summary>
[Binding]
public sealed class RunHooks
{
    [BeforeTestRun(Order = int.MinValue)]
    public static void CheckSettingsAndStartResults(AllureWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (RunSettings.Problems.Count > 0)
        {
            throw new InvalidOperationException(RunSettings.ProblemReport());
        }

        writer.OnEvent(new TestRunStarted(TimeProvider.System.GetUtcNow()));
    }

    /// <summary>Playwright's and the manual driver live for one scenario: its page, or its hold on the tester.</summary>
    [AfterScenario(Order = int.MaxValue)]
    public static async Task ReleaseScenarioDriverAsync(SuiteSettings settings, IObjectContainer scenario)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(scenario);
        if (settings.SutDriver is SutDriverKind.Playwright or SutDriverKind.Manual && scenario.Resolve<ISutDriver>() is IAsyncDisposable driver)
        {
            await driver.DisposeAsync();
        }
    }

    /// <summary>After the evidence bundle (which reads the simulator's journal), stop what the run started.</summary>
    [AfterTestRun(Order = int.MaxValue)]
    public static async Task StopEnvironmentAsync(SuiteEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        await environment.DisposeAsync();
    }
}
