namespace SpineConformance.Reporting.Events;

/// <summary>Something that happened in a run, as a report writer hears it. Scenario and step events arrive on the
/// scenario's own thread, in order; scenarios run in parallel.</summary>
public abstract record ReportEvent(DateTimeOffset Timestamp);

public sealed record TestRunStarted(DateTimeOffset Timestamp) : ReportEvent(Timestamp);

public sealed record ScenarioStarted(DateTimeOffset Timestamp, ReportedScenario Scenario) : ReportEvent(Timestamp);

/// <param name="Error">Why the scenario did not pass; null when it passed.</param>
public sealed record ScenarioFinished(DateTimeOffset Timestamp, ReportedScenario Scenario, ReportStatus Status, ReportError? Error)
    : ReportEvent(Timestamp);

public sealed record StepStarted(DateTimeOffset Timestamp, ReportedScenario Scenario, ReportedStep Step) : ReportEvent(Timestamp);

public sealed record StepFinished(DateTimeOffset Timestamp, ReportedScenario Scenario, ReportedStep Step, ReportStatus Status, ReportError? Error)
    : ReportEvent(Timestamp);

/// <param name="Step">The step running when the attachment was made; null in scenario hooks.</param>
public sealed record AttachmentAdded(DateTimeOffset Timestamp, ReportedScenario Scenario, ReportedStep? Step, ReportAttachment Attachment)
    : ReportEvent(Timestamp);

/// <param name="Step">The step running when the message was logged; null in scenario hooks.</param>
public sealed record MessageLogged(DateTimeOffset Timestamp, ReportedScenario Scenario, ReportedStep? Step, string Message)
    : ReportEvent(Timestamp);
