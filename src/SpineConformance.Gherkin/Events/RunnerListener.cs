namespace SpineConformance.Gherkin;

/// <summary>Receives every runner event. Must be thread-safe: scenarios run in parallel.
/// A listener that throws is recorded in <see cref="FeatureSuite.ListenerFailures"/>; it never fails a scenario.</summary>
public abstract class RunnerListener
{
    public abstract void OnEvent(RunnerEvent runnerEvent);
}
