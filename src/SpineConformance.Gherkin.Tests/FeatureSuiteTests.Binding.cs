using SpineConformance.Gherkin.Tests.Bindings;

namespace SpineConformance.Gherkin.Tests;

public sealed partial class FeatureSuiteTests
{
    [Test]
    public async Task ExecuteAsync_UndefinedSteps_FailsWithStepLocationAndPasteableSnippets()
    {
        var suite = suites.For("undefined.feature", typeof(CounterSteps));

        var outcome = await suite.ExecuteAsync(suite.Scenarios.Single());

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Undefined));
        var message = outcome.Error!.Message;
        Assert.That(message, Does.Contain("When the patient \"Jane Smith\" aged 42 is registered"));
        Assert.That(message, Does.Contain("at undefined.feature:5"));
        Assert.That(message, Does.Contain("[When(@\"^the patient \"\"(.*)\"\" aged (-?\\d+) is registered$\")]"));
        Assert.That(message, Does.Contain("public void WhenThePatientAgedIsRegistered(string p0, int p1)"));
        Assert.That(message, Does.Contain("at undefined.feature:6"));
        Assert.That(message, Does.Contain("public void ThenTheLetterSays(string docString)"));
        Assert.That(suites.Recorder.Entries, Is.Empty, "no step runs when some cannot be bound");
    }

    [Test]
    public void RunAsync_UndefinedStep_FailsTheNUnitTest()
    {
        var suite = suites.For("undefined.feature", typeof(CounterSteps));

        var thrown = Assert.ThrowsAsync<AssertionException>(() => suite.RunAsync(suite.Scenarios.Single()));

        Assert.That(thrown!.Message, Does.Contain("No step definition matches this step"));
    }

    [Test]
    public async Task ExecuteAsync_AmbiguousStep_ListsEveryCandidateWithItsSource()
    {
        var suite = suites.For("ambiguous.feature", typeof(AmbiguousSteps));

        var outcome = await suite.ExecuteAsync(suite.Scenarios.Single());

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Ambiguous));
        Assert.That(outcome.Error!.Message, Does.Contain("2 step definitions match"));
        Assert.That(outcome.Error.Message, Does.Contain("[When(@\"^the step matches twice$\")] SpineConformance.Gherkin.Tests.Bindings.AmbiguousSteps.First()"));
        Assert.That(outcome.Error.Message, Does.Contain("[StepDefinition(@\"^the step matches .*$\")] SpineConformance.Gherkin.Tests.Bindings.AmbiguousSteps.Second()"));
    }

    [Test]
    public void DryRun_UnboundStepsInSeveralFeatures_ReportsThemAllAtOnce()
    {
        var suite = FeatureSuite.Create(b => b
            .FeaturesFrom(Support.Suites.FixturesDirectory, "undefined.feature")
            .FeaturesFrom(Support.Suites.FixturesDirectory, "ambiguous.feature")
            .BindingTypes(typeof(CounterSteps), typeof(AmbiguousSteps)).DryRun(true));

        var report = suite.DryRun();

        Assert.That(report.AllBound, Is.False);
        Assert.That(report.Problems, Has.Count.EqualTo(3));
        Assert.That(report.ToString(), Does.Contain("undefined.feature:5").And.Contain("undefined.feature:6").And.Contain("Ambiguous step"));
    }

    [Test]
    public async Task RunAsync_DryRunWithEveryStepBound_PassesWithoutRunningSteps()
    {
        var suite = FeatureSuite.Create(b => b
            .FeaturesFrom(Support.Suites.FixturesDirectory, "isolation.feature")
            .BindingTypes(typeof(CounterSteps)).DryRun(true));
        var dryRunCase = (ScenarioCase)suite.TestCases().Single().Arguments[0]!;

        var outcome = await suite.ExecuteAsync(dryRunCase);

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Passed));
        Assert.That(outcome.Log.Single(), Is.EqualTo("Dry run: all 9 steps in 3 scenarios bind."));
    }

    [Test]
    public void RunAsync_DryRunWithUnboundSteps_FailsListingThem()
    {
        var suite = FeatureSuite.Create(b => b
            .FeaturesFrom(Support.Suites.FixturesDirectory, "undefined.feature")
            .BindingTypes(typeof(CounterSteps)).DryRun(true));
        var dryRunCase = (ScenarioCase)suite.TestCases().Single().Arguments[0]!;

        var thrown = Assert.ThrowsAsync<AssertionException>(() => suite.RunAsync(dryRunCase));

        Assert.That(thrown!.Message, Does.Contain("Dry run: 2 problem(s)"));
    }
}
