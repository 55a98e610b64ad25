using SpineConformance.Gherkin;
using SpineConformance.Specs.Support.Settings;

namespace SpineConformance.Specs;

/// <summary>
/// Every scenario under features/ as one NUnit test case, run in parallel. A run whose settings are wrong runs no
/// scenario: it fails once, in <see cref="TheRunsSettings_AreValid"/>, naming every problem.
/// </summary>
[TestFixture]
[Parallelizable(ParallelScope.Children)]
public sealed class Features
{
    public static IEnumerable<TestCaseData> Scenarios() => RunSettings.Problems.Count > 0 ? [] : TestSuite.Suite.TestCases();

    [Test]
    public void TheRunsSettings_AreValid()
    {
        if (RunSettings.Problems.Count > 0)
        {
            Assert.Fail(RunSettings.ProblemReport());
        }
    }

    [TestCaseSource(nameof(Scenarios))]
    public Task Run(ScenarioCase scenario) => TestSuite.Suite.RunAsync(scenario);
}

[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public Task AfterTestRun() => RunSettings.Problems.Count > 0 ? Task.CompletedTask : TestSuite.Suite.RunAfterTestRunAsync();
}
