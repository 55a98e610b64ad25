using SpineConformance.Gherkin.Tests.Bindings;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Gherkin.Tests.Support;

namespace SpineConformance.Gherkin.Tests;

public sealed partial class FeatureSuiteTests
{
    [Test]
    public async Task ExecuteAsync_Hooks_RunInOrderAndOnlyForMatchingTags()
    {
        var suite = suites.For("hooks.feature", typeof(HookBindings));

        await suite.ExecuteAsync(Suites.Case(suite, "Tagged scenario"));
        await suite.ExecuteAsync(Suites.Case(suite, "Untagged scenario"));
        await suite.RunAfterTestRunAsync();

        Assert.That(suites.Recorder.Entries, Is.EqualTo(new[]
        {
            "before test run",
            "before feature Hooks",
            "before scenario (order 1) Tagged scenario",
            "before scenario (order 2) Tagged scenario",
            "audit Tagged scenario",
            "before step a hook-watched step",
            "step",
            "after step a hook-watched step",
            "after scenario Tagged scenario",
            "before scenario (order 1) Untagged scenario",
            "before scenario (order 2) Untagged scenario",
            "before step a hook-watched step",
            "step",
            "after step a hook-watched step",
            "after scenario Untagged scenario",
            "after feature",
            "after test run",
        }));
    }

    [Test]
    public async Task ExecuteAsync_ParallelScenarios_EachGetsItsOwnScopedServices()
    {
        var suite = suites.For("isolation.feature", typeof(CounterSteps));

        var outcomes = await Task.WhenAll(suite.Scenarios.Select(s => Task.Run(() => suite.ExecuteAsync(s))));

        Assert.That(outcomes.Select(o => o.Status), Is.All.EqualTo(ExecutionStatus.Passed));
        var counterIds = suites.Recorder.Entries.Where(e => e.StartsWith("start", StringComparison.Ordinal)).Select(e => e.Split(" on ")[1]);
        Assert.That(counterIds, Is.Unique.And.Exactly(3).Items);
    }

    [Test]
    public async Task ExecuteAsync_AttachInStep_PublishesTheAttachmentUnderThatStep()
    {
        var suite = Basics();

        await suite.ExecuteAsync(Suites.Case(suite, "Attachments"));

        var attachment = suites.Listener.Events.OfType<AttachmentAdded>().Single();
        Assert.That(attachment.Step!.Step.Text, Is.EqualTo("I attach \"evidence\""));
        Assert.That(attachment.Attachment.Name, Is.EqualTo("evidence"));
        var logged = suites.Listener.Events.OfType<MessageLogged>().Single();
        Assert.That(logged.Step!.Index, Is.EqualTo(1));
    }

    [Test]
    public async Task ExecuteAsync_Scenario_PublishesEventsInOrder()
    {
        var suite = Basics();

        await suite.ExecuteAsync(Suites.Case(suite, "Failing scenario"));
        await suite.RunAfterTestRunAsync();

        var kinds = suites.Listener.Events.Select(e => e.GetType().Name).ToList();
        Assert.That(kinds, Is.EqualTo(new[]
        {
            "TestRunStarted", "FeatureStarted", "ScenarioStarted",
            "StepStarted", "StepFinished", "StepStarted", "StepFinished", "StepStarted", "StepFinished", "StepStarted", "StepFinished",
            "ScenarioFinished", "FeatureFinished", "TestRunFinished",
        }));
        var finished = suites.Listener.Events.OfType<ScenarioFinished>().Single();
        Assert.That(finished.Status, Is.EqualTo(ExecutionStatus.Failed));
    }

    [Test]
    public async Task ExecuteAsync_ListenerThrows_ScenarioStillPassesAndFailureIsRecorded()
    {
        var suite = FeatureSuite.Create(b =>
        {
            b.FeaturesFrom(Suites.FixturesDirectory, "isolation.feature").BindingTypes(typeof(CounterSteps)).DryRun(false);
            b.AddListener(_ => throw new IOException("disk full"));
            b.Services.AddSingleton(new Recorder());
            b.Services.AddScoped<Counter>();
        });

        var outcome = await suite.ExecuteAsync(suite.Scenarios[0]);

        Assert.That(outcome.Status, Is.EqualTo(ExecutionStatus.Passed));
        Assert.That(suite.ListenerFailures, Has.Some.Contain("disk full"));
    }
}
