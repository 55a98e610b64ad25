using System.Collections.Concurrent;

namespace SpineConformance.Gherkin.Tests.Support;

public sealed class CollectingListener : RunnerListener
{
    private readonly ConcurrentQueue<RunnerEvent> events = new();

    public IReadOnlyList<RunnerEvent> Events => events.ToList();

    public override void OnEvent(RunnerEvent runnerEvent) => events.Enqueue(runnerEvent);
}
