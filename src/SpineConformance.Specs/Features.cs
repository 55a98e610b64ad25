using SpineConformance.Gherkin;

namespace SpineConformance.Specs;

/// <summary>Every scenario under features/ as one NUnit test case, run in parallel.</summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class Features
{
    public static IEnumerable<TestCaseData> Scenarios() => TestSuite.Suite.TestCases();

    [TestCaseSource(nameof(Scenarios))]
    public Task Run(ScenarioCase scenario) => TestSuite.Suite.RunAsync(scenario);
}

[SetUpFixture]
public sealed class TestRun
{
    /// <summary>A wrong setting stops the run here, before any scenario, with every problem named.</summary>
    [OneTimeSetUp]
    public void CheckSettings() => Support.Settings.RunSettings.ThrowIfInvalid();

    [OneTimeTearDown]
    public Task AfterTestRun() => TestSuite.Suite.RunAfterTestRunAsync();
}
