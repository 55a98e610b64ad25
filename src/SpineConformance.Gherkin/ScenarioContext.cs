using System.Collections.Concurrent;
using System.Text;
using SpineConformance.Gherkin.Events;

namespace SpineConformance.Gherkin;

/// <summary>
/// The running scenario, injectable into binding constructors and hooks. One per scenario (a scoped service);
/// there is no static <c>Current</c>, because scenarios run in parallel.
/// </summary>
public sealed class ScenarioContext
{
    private readonly EventPublisher events;
    private readonly ConcurrentQueue<string> logged = new();

    internal ScenarioContext(ScenarioRun run, EventPublisher events)
    {
        Run = run;
        this.events = events;
    }

    public ScenarioRun Run { get; }

    public ScenarioCase Scenario => Run.Case;

    public string ScenarioTitle => Run.Case.Title;

    public string FeatureTitle => Run.Case.Feature.Title;

    public FeatureInfo Feature => Run.Case.Feature;

    /// <summary>Feature, scenario and examples tags, without '@'.</summary>
    public IReadOnlyList<string> Tags => Run.Case.Tags;

    /// <summary>The step running now; null while scenario hooks run.</summary>
    public GherkinStep? CurrentStep => CurrentStepRun?.Step;

    internal StepRun? CurrentStepRun { get; set; }

    internal IReadOnlyCollection<string> Logged => logged;

    /// <summary>Attaches evidence (a message, a journal entry) under the step running now.</summary>
    public void Attach(string name, string contentType, byte[] content) =>
        events.Publish(new AttachmentAdded(events.Now(), Run, CurrentStepRun, new Attachment(name, contentType, content.ToArray())));

    public void Attach(string name, string contentType, string text) =>
        Attach(name, contentType, Encoding.UTF8.GetBytes(text));

    /// <summary>Writes a line to the test output, under the step running now.</summary>
    public void Log(string message)
    {
        logged.Enqueue(message);
        events.Publish(new MessageLogged(events.Now(), Run, CurrentStepRun, message));
    }

    /// <summary>Marks the step as not implemented yet: the scenario ends inconclusive.</summary>
    public void Pending() =>
        throw new PendingStepException(CurrentStep is null ? "This scenario is pending." : $"'{CurrentStep}' is pending: its definition is not implemented yet.");
}
