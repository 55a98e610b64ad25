using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Gherkin.Tests.Bindings;
using SpineConformance.Gherkin.Tests.Support;

namespace SpineConformance.Gherkin.Tests;

/// <summary>The seam exactly as the Specs project uses it: each outline row of isolation.feature is a parallel NUnit test.</summary>
[TestFixture, Parallelizable(ParallelScope.Children)]
public sealed class NUnitSeamTests
{
    public static readonly FeatureSuite Suite = FeatureSuite.Create(b =>
    {
        b.FeaturesFrom(Suites.FixturesDirectory, "isolation.feature").BindingTypes(typeof(CounterSteps));
        b.Services.AddSingleton<Recorder>();
        b.Services.AddScoped<Counter>();
    });

    public static IEnumerable<TestCaseData> Scenarios() => Suite.TestCases();

    [TestCaseSource(nameof(Scenarios))]
    public Task Run(ScenarioCase scenario) => Suite.RunAsync(scenario);

    [OneTimeTearDown]
    public Task AfterTestRun() => Suite.RunAfterTestRunAsync();
}
