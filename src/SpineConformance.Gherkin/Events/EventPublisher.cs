using System.Collections.Concurrent;

namespace SpineConformance.Gherkin.Events;

/// <summary>Passes each event to every listener in registration order; a listener's failure is kept, not thrown,
/// because reporting must never change a scenario's outcome.</summary>
internal sealed class EventPublisher(IReadOnlyList<RunnerListener> listeners, TimeProvider time)
{
    private readonly ConcurrentQueue<string> failures = new();

    public TimeProvider Time { get; } = time;

    public IReadOnlyCollection<string> Failures => failures;

    public DateTimeOffset Now() => Time.GetUtcNow();

    public void Publish(RunnerEvent runnerEvent)
    {
        foreach (var listener in listeners)
        {
            try
            {
                listener.OnEvent(runnerEvent);
            }
#pragma warning disable CA1031 // Any listener failure is recorded instead: a report writer must not break the run.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures.Enqueue($"{listener.GetType().Name} failed on {runnerEvent.GetType().Name}: {e.GetType().Name}: {e.Message}");
            }
        }
    }
}
