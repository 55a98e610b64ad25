namespace SpineConformance.Gherkin;

/// <summary>Something the runner did, stamped with the suite's <see cref="TimeProvider"/>.
/// Scenario and step events arrive on the scenario's own thread; scenarios run in parallel.</summary>
public abstract record RunnerEvent(DateTimeOffset Timestamp);

public sealed record TestRunStarted(DateTimeOffset Timestamp) : RunnerEvent(Timestamp);

public sealed record TestRunFinished(DateTimeOffset Timestamp) : RunnerEvent(Timestamp);

public sealed record FeatureStarted(DateTimeOffset Timestamp, FeatureInfo Feature) : RunnerEvent(Timestamp);

public sealed record FeatureFinished(DateTimeOffset Timestamp, FeatureInfo Feature) : RunnerEvent(Timestamp);

public sealed record ScenarioStarted(DateTimeOffset Timestamp, ScenarioRun Scenario) : RunnerEvent(Timestamp);

/// <param name="Error">Why the scenario did not pass; null when it passed.</param>
public sealed record ScenarioFinished(DateTimeOffset Timestamp, ScenarioRun Scenario, ExecutionStatus Status, StepError? Error)
    : RunnerEvent(Timestamp);

public sealed record StepStarted(DateTimeOffset Timestamp, ScenarioRun Scenario, StepRun Step) : RunnerEvent(Timestamp);

public sealed record StepFinished(DateTimeOffset Timestamp, ScenarioRun Scenario, StepRun Step, ExecutionStatus Status, StepError? Error, TimeSpan Duration)
    : RunnerEvent(Timestamp);

/// <param name="Step">The step running when the attachment was made; null in scenario hooks.</param>
public sealed record AttachmentAdded(DateTimeOffset Timestamp, ScenarioRun Scenario, StepRun? Step, Attachment Attachment)
    : RunnerEvent(Timestamp);

/// <param name="Step">The step running when the message was logged; null in scenario hooks.</param>
public sealed record MessageLogged(DateTimeOffset Timestamp, ScenarioRun Scenario, StepRun? Step, string Message)
    : RunnerEvent(Timestamp);
