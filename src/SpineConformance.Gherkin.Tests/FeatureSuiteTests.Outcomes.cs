using SpineConformance.Gherkin.Tests.Bindings;
using SpineConformance.Gherkin.Tests.Support;

namespace SpineConformance.Gherkin.Tests;

public sealed partial class FeatureSuiteTests
{
    private readonly Suites suites = new();

    private FeatureSuite Basics() => suites.For("basics.feature", typeof(CounterSteps));

    [Test]
    public async Task ExecuteAsync_PassingScenario_PassesEveryStepIncludingBackground()
    {
        var outcome = await Basics().ExecuteAsync(Suites.Case(Basics(), "Passing scenario"));

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Passed));
        Assert.That(outcome.Steps.Select(s => s.Step.ToString()), Is.EqualTo(new[] { "Given a counter starting at 10", "When I add 5", "Then the counter is 15" }));
        Assert.That(outcome.Steps.Select(s => s.Status), Is.All.EqualTo(ExecutionStatus.Passed));
    }

    [Test]
    public async Task ExecuteAsync_AssertionFails_FailsWithOriginalMessageAndSkipsTheRest()
    {
        var suite = Basics();

        var outcome = await suite.ExecuteAsync(Suites.Case(suite, "Failing scenario"));

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Failed));
        Assert.That(outcome.Error!.Message, Is.EqualTo("Expected the counter to be 99 but it was 11."));
        Assert.That(outcome.Steps.Select(s => s.Status),
            Is.EqualTo(new[] { ExecutionStatus.Passed, ExecutionStatus.Passed, ExecutionStatus.Failed, ExecutionStatus.Skipped }));
    }

    [Test]
    public async Task ExecuteAsync_StepThrowsNonAssertion_IsBroken()
    {
        var suite = Basics();

        var outcome = await suite.ExecuteAsync(Suites.Case(suite, "Broken scenario"));

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Broken));
        Assert.That(outcome.Error!.Message, Is.EqualTo("The simulator is not running."));
    }

    [Test]
    public async Task RunAsync_AssertionFails_RethrowsTheOriginalAssertion()
    {
        var suite = Basics();

        var thrown = Assert.ThrowsAsync<AssertionException>(() => suite.RunAsync(Suites.Case(suite, "Failing scenario")));

        Assert.That(thrown!.Message, Does.Contain("Expected the counter to be 99 but it was 11."));
        await Task.CompletedTask;
    }

    [Test]
    public void RunAsync_PendingStep_MakesTheTestInconclusive()
    {
        var suite = Basics();

        var thrown = Assert.ThrowsAsync<InconclusiveException>(() => suite.RunAsync(Suites.Case(suite, "Pending scenario")));

        Assert.That(thrown!.Message, Does.Contain("'When a step is not written yet' is pending"));
    }

    [Test]
    public void RunAsync_WipTag_IgnoresWithTheReason()
    {
        var suite = Basics();

        var thrown = Assert.ThrowsAsync<IgnoreException>(() => suite.RunAsync(Suites.Case(suite, "Work in progress")));

        Assert.That(thrown!.Message, Does.Contain("tagged @wip"));
    }

    [Test]
    public async Task ExecuteAsync_FeatureTaggedIgnore_IgnoresItsScenariosWithoutRunningSteps()
    {
        var suite = suites.For("ignored.feature", typeof(CounterSteps));

        var outcome = await suite.ExecuteAsync(suite.Scenarios.Single());

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Ignored));
        Assert.That(outcome.Error!.Message, Does.Contain("tagged @ignore"));
        Assert.That(suites.Recorder.Entries, Is.Empty);
    }

    [Test]
    public async Task ExecuteAsync_OutlineRow_UsesTheRowValues()
    {
        var suite = Basics();
        var rowTwo = suite.Scenarios.Single(s => s.ExampleValues.Any(v => v.Value == "2"));

        var outcome = await suite.ExecuteAsync(rowTwo);

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Passed));
        Assert.That(outcome.Steps.Select(s => s.Step.Text), Is.EqualTo(new[] { "a counter starting at 10", "I add 2", "the counter is 12" }));
    }
}
