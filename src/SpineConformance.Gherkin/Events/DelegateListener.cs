namespace SpineConformance.Gherkin.Events;

internal sealed class DelegateListener(Action<RunnerEvent> onEvent) : RunnerListener
{
    public override void OnEvent(RunnerEvent runnerEvent) => onEvent(runnerEvent);
}
