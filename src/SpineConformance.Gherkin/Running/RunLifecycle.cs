using System.Collections.Concurrent;
using SpineConformance.Gherkin.Bindings;
using SpineConformance.Gherkin.Events;

namespace SpineConformance.Gherkin.Running;

/// <summary>
/// Test-run and feature hooks under parallel scenarios: BeforeTestRun and each BeforeFeature run once, lazily, on the first
/// scenario that needs them. A feature finishes when its last scenario does; features a filter left unfinished finish
/// in <see cref="FinishAsync"/>, with AfterTestRun.
/// </summary>
internal sealed class RunLifecycle(BindingRegistry registry, IServiceProvider root, EventPublisher events, IReadOnlyList<ScenarioCase> cases)
{
    private readonly Lazy<Task<HookFailure?>> testRunStart = new(() => StartTestRunAsync(registry, root, events));
    private readonly ConcurrentDictionary<string, Lazy<Task<HookFailure?>>> featureStarts = new();
    private readonly ConcurrentDictionary<string, int> remainingByFeature = new(
        cases.GroupBy(c => c.Feature.RelativePath).ToDictionary(g => g.Key, g => g.Count()));
    private readonly ConcurrentDictionary<string, FeatureInfo> openFeatures = new();
    private readonly ConcurrentQueue<string> teardownFailures = new();
    private int finished;

    public Task<HookFailure?> EnsureTestRunStartedAsync() => testRunStart.Value;

    public Task<HookFailure?> EnsureFeatureStartedAsync(FeatureInfo feature) =>
        featureStarts.GetOrAdd(feature.RelativePath, _ => new Lazy<Task<HookFailure?>>(() =>
        {
            openFeatures[feature.RelativePath] = feature;
            events.Publish(new FeatureStarted(events.Now(), feature));
            return HookInvoker.RunAsync(registry, HookType.BeforeFeature, feature.Tags, root, feature);
        })).Value;

    public async Task ScenarioFinishedAsync(FeatureInfo feature)
    {
        if (remainingByFeature.AddOrUpdate(feature.RelativePath, 0, (_, count) => count - 1) <= 0)
        {
            await FinishFeatureAsync(feature.RelativePath);
        }
    }

    /// <summary>Finishes open features and runs AfterTestRun hooks; throws once at the end if any of them failed.</summary>
    public async Task FinishAsync()
    {
        if (Interlocked.Exchange(ref finished, 1) == 1)
        {
            return;
        }

        foreach (var path in openFeatures.Keys.ToList())
        {
            await FinishFeatureAsync(path);
        }

        if (testRunStart.IsValueCreated)
        {
            await Record(HookInvoker.RunAsync(registry, HookType.AfterTestRun, [], root));
            events.Publish(new TestRunFinished(events.Now()));
        }

        if (!teardownFailures.IsEmpty)
        {
            throw new InvalidOperationException("Teardown hooks failed:" + Environment.NewLine + string.Join(Environment.NewLine, teardownFailures));
        }
    }

    private async Task FinishFeatureAsync(string path)
    {
        if (openFeatures.TryRemove(path, out var feature))
        {
            await Record(HookInvoker.RunAsync(registry, HookType.AfterFeature, feature.Tags, root, feature));
            events.Publish(new FeatureFinished(events.Now(), feature));
        }
    }

    private async Task Record(Task<HookFailure?> hooks)
    {
        if (await hooks is { } failure)
        {
            teardownFailures.Enqueue(failure.Message);
        }
    }

    private static Task<HookFailure?> StartTestRunAsync(BindingRegistry registry, IServiceProvider root, EventPublisher events)
    {
        events.Publish(new TestRunStarted(events.Now()));
        return HookInvoker.RunAsync(registry, HookType.BeforeTestRun, [], root);
    }
}
