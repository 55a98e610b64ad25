using Microsoft.Extensions.DependencyInjection;
using NUnit.Framework;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SpineConformance.Gherkin.Bindings;
using SpineConformance.Gherkin.Events;
using SpineConformance.Gherkin.Matching;
using SpineConformance.Gherkin.NUnitSeam;
using SpineConformance.Gherkin.Parsing;
using SpineConformance.Gherkin.Running;

namespace SpineConformance.Gherkin;

/// <summary>
/// A configured run of feature files: the parsed cases, the bindings, one service container, the listeners.
/// Build it once in a static field and expose it to NUnit through one TestCaseSource:
/// <code>
/// public static readonly FeatureSuite Suite = FeatureSuite.Create(b =&gt; b
///     .FeaturesFrom(Path.Combine(AppContext.BaseDirectory, "features"))
///     .BindingsFrom(typeof(Features).Assembly));
///
/// [TestFixture, Parallelizable(ParallelScope.Children)]
/// public sealed class Features
/// {
///     public static IEnumerable&lt;TestCaseData&gt; Scenarios() =&gt; Suite.TestCases();
///     [TestCaseSource(nameof(Scenarios))] public Task Run(ScenarioCase scenario) =&gt; Suite.RunAsync(scenario);
/// }
///
/// [SetUpFixture]
/// public sealed class TestRun
/// {
///     [OneTimeTearDown] public Task AfterTestRun() =&gt; Suite.RunAfterTestRunAsync();
/// }
/// </code>
/// </summary>
public sealed class FeatureSuite
{
    private readonly BindingRegistry registry;
    private readonly StepMatchService matcher;
    private readonly ServiceProvider container;
    private readonly EventPublisher events;
    private readonly ScenarioRunner runner;
    private readonly RunLifecycle lifecycle;
    private readonly bool dryRun;

    private FeatureSuite(FeatureSuiteBuilder builder)
    {
        registry = BindingScanner.Scan(builder.BindingTypeList.Concat(builder.BindingAssemblies.SelectMany(a => a.GetTypes().OrderBy(t => t.MetadataToken))));
        matcher = new StepMatchService(registry.Steps);
        Scenarios = FeatureLoader.Load(builder.FeatureSources);
        NUnitCases.MakeNamesUnique(Scenarios);
        events = new EventPublisher(builder.Listeners.ToList(), builder.Time);
        container = BuildContainer(builder, registry);
        runner = new ScenarioRunner(registry, matcher, container, events);
        lifecycle = new RunLifecycle(registry, container, events, Scenarios);
        dryRun = builder.DryRunSetting ?? DryRunSwitch.IsRequested();
    }

    /// <summary>Every case from every feature file, including a failing case per unreadable feature file.</summary>
    public IReadOnlyList<ScenarioCase> Scenarios { get; }

    /// <summary>Why a listener failed, if one did. Listener failures never fail scenarios; show these in the run summary.</summary>
    public IReadOnlyCollection<string> ListenerFailures => events.Failures;

    public static FeatureSuite Create(Action<FeatureSuiteBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var builder = new FeatureSuiteBuilder();
        configure(builder);
        return new FeatureSuite(builder);
    }

    /// <summary>One NUnit case per scenario (or per outline row); in dry-run mode, one case that binds the whole suite.</summary>
    public IEnumerable<TestCaseData> TestCases() =>
        NUnitCases.From(dryRun ? [DryRunCase()] : Scenarios);

    /// <summary>Runs a case and ends the NUnit test accordingly (fail, ignore, inconclusive).</summary>
    public async Task RunAsync(ScenarioCase scenario) => NUnitOutcome.Report(await ExecuteAsync(scenario));

    /// <summary>Runs a case and returns its outcome without touching NUnit's result.</summary>
    public async Task<ScenarioOutcome> ExecuteAsync(ScenarioCase scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (scenario.Kind != ScenarioCaseKind.Scenario || !registry.IsValid)
        {
            return SuiteProblem(scenario);
        }

        if (await lifecycle.EnsureTestRunStartedAsync() is { } testRunHook)
        {
            return Broken(scenario, $"BeforeTestRun failed, so no scenario can run. {testRunHook.Message}");
        }

        if (await lifecycle.EnsureFeatureStartedAsync(scenario.Feature) is { } featureHook)
        {
            await lifecycle.ScenarioFinishedAsync(scenario.Feature);
            return Broken(scenario, $"BeforeFeature failed, so no scenario of '{scenario.Feature.Title}' can run. {featureHook.Message}");
        }

        var outcome = await runner.RunAsync(scenario);
        await lifecycle.ScenarioFinishedAsync(scenario.Feature);
        return outcome;
    }

    /// <summary>Binds every step of every feature without running anything.</summary>
    public DryRunReport DryRun() => DryRunner.Check(registry, matcher, Scenarios);

    /// <summary>Finishes open features, runs AfterTestRun hooks, tells listeners the run ended and disposes the container's
    /// singletons. Call it from a [SetUpFixture]'s [OneTimeTearDown]; calling it again does nothing.</summary>
    public async Task RunAfterTestRunAsync()
    {
        try
        {
            await lifecycle.FinishAsync();
        }
        finally
        {
            await container.DisposeAsync();
        }
    }

    private ScenarioOutcome SuiteProblem(ScenarioCase scenario)
    {
        if (scenario.Kind == ScenarioCaseKind.DryRun)
        {
            var report = DryRun();
            return new ScenarioOutcome(scenario, report.AllBound ? ExecutionStatus.Passed : ExecutionStatus.Undefined,
                report.AllBound ? null : new StepError(report.ToString(), null), [], [report.ToString()]);
        }

        var problems = scenario.Problems.Concat(registry.Errors);
        return Broken(scenario, "The suite cannot run this case:" + Environment.NewLine + string.Join(Environment.NewLine, problems));
    }

    private static ScenarioOutcome Broken(ScenarioCase scenario, string message) =>
        new(scenario, ExecutionStatus.Broken, new StepError(message, null), [], []);

    private static ScenarioCase DryRunCase() =>
        new(new FeatureInfo("Dry run", string.Empty, [], string.Empty, string.Empty), "every step binds to exactly one step definition", [], [], [], 0, ScenarioCaseKind.DryRun);

    private static ServiceProvider BuildContainer(FeatureSuiteBuilder builder, BindingRegistry bindings)
    {
        var services = builder.Services;
        services.TryAddSingleton(builder.Time);
        services.AddScoped<ScenarioContextSlot>();
        services.AddScoped(provider => provider.GetRequiredService<ScenarioContextSlot>().Context
            ?? throw new InvalidOperationException("ScenarioContext exists only while a scenario runs."));
        foreach (var type in bindings.BindingTypes.Where(t => !t.IsAbstract))
        {
            services.TryAddScoped(type);
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
