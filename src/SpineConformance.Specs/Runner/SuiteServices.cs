using Reqnroll;
using Reqnroll.BoDi;
using Reqnroll.Infrastructure;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Manual;
using SpineConformance.Drivers.Settings;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Drivers.Web;
using SpineConformance.Reporting;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Runner;

/// <summary>
/// What step definitions and hooks receive through their constructors. Run-wide services live in Reqnroll's global
/// container (one simulator, one SUT, one browser, one tester for the run); per-scenario ones in each scenario's
/// container. A concrete class nobody registers (ScenarioState, Evidence, every binding class) is made once per
/// scenario, so scenarios running in parallel never share state.
/// </summary>
public static class SuiteServices
{
    public static AllureWriter CreateAllureWriter(SuiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return new AllureWriter(new AllureWriterOptions
        {
            ResultsDirectory = ReportPaths.AllureResults(),
            RunParameters = new Dictionary<string, string> { ["SUT driver"] = settings.SutDriver.ToString() },
            Environment = new Dictionary<string, string>(settings.Describe())
            {
                ["Product.Version"] = typeof(SuiteServices).Assembly.GetName().Version?.ToString() ?? "unknown",
            },
        });
    }

    public static void AddRunServices(IObjectContainer run, SuiteSettings settings, AllureWriter writer)
    {
        ArgumentNullException.ThrowIfNull(run);
        run.RegisterInstanceAs(settings);
        run.RegisterInstanceAs(TimeProvider.System);
        run.RegisterInstanceAs(writer);
        run.RegisterInstanceAs(new HttpClient { Timeout = TimeSpan.FromSeconds(60) }, dispose: true);
        run.RegisterTypeAs<SuiteEnvironment, SuiteEnvironment>();
        run.RegisterTypeAs<SuiteSchemas, SuiteSchemas>();
        run.RegisterFactoryAs<SimulatorControl>(c => c.Resolve<SuiteEnvironment>().Simulator);
        switch (settings.SutDriver)
        {
            case SutDriverKind.TestHook:
                run.RegisterTypeAs<TestHookDriver, TestHookDriver>();
                run.RegisterFactoryAs<ISutDriver>(c => c.Resolve<TestHookDriver>());
                run.RegisterFactoryAs<ISutLrDriver>(c => c.Resolve<TestHookDriver>());
                break;
            case SutDriverKind.Playwright:
                // One browser for the run; a driver, with its own page and session, per scenario (AddScenarioServices).
                run.RegisterTypeAs<ChromiumPool, ChromiumPool>();
                run.RegisterTypeAs<PageMapFile, PageMapFile>();
                break;
            case SutDriverKind.Manual:
                // One tester for the run; a driver per scenario, which has the tester until the scenario ends.
                run.RegisterInstanceAs(new ManualTesterSession(TesterTerminal.Open), dispose: true);
                break;
            default:
                run.RegisterTypeAs<InProcessDriver, InProcessDriver>();
                run.RegisterFactoryAs<ISutDriver>(c => c.Resolve<InProcessDriver>());
                run.RegisterFactoryAs<ISutLrDriver>(c => c.Resolve<InProcessDriver>());
                break;
        }
    }

    public static void AddScenarioServices(IObjectContainer scenario, SuiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(settings);
        switch (settings.SutDriver)
        {
            case SutDriverKind.Playwright:
                scenario.RegisterTypeAs<PlaywrightDriver, PlaywrightDriver>();
                scenario.RegisterFactoryAs<ISutDriver>(c => c.Resolve<PlaywrightDriver>());
                scenario.RegisterFactoryAs<ISutLrDriver>(c => c.Resolve<PlaywrightDriver>());
                break;
            case SutDriverKind.Manual:
                scenario.RegisterFactoryAs(c => ManualScenarioOf(c.Resolve<ScenarioContext>(), c.Resolve<IReqnrollOutputHelper>()));
                scenario.RegisterTypeAs<ManualDriver, ManualDriver>();
                scenario.RegisterFactoryAs<ISutDriver>(c => c.Resolve<ManualDriver>());
                scenario.RegisterFactoryAs<ISutLrDriver>(c => c.Resolve<ManualDriver>());
                break;
        }
    }

    // The tester sees the feature and scenario titles and the step running; what they do is logged to the test's output.
    private static ManualScenario ManualScenarioOf(ScenarioContext context, IReqnrollOutputHelper output)
    {
        var feature = context.ScenarioContainer.Resolve<FeatureContext>().FeatureInfo.Title;
        return new($"{feature}: {context.ScenarioInfo.Title}", () => StepText(context.StepContext?.StepInfo), output.WriteLine);
    }

    private static string? StepText(StepInfo? step) =>
        step is null ? null : $"{step.StepInstance?.Keyword?.Trim() ?? step.StepDefinitionType.ToString()} {step.Text}";
}
