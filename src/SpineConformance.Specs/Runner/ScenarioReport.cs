using System.Text;
using SpineConformance.Reporting;
using SpineConformance.Reporting.Events;

namespace SpineConformance.Specs.Runner;

/// <summary>
/// The running scenario as the reports see it: what a step attaches or logs goes under the step running at the time.
/// One per scenario, in its container; <see cref="ReportEventBridge"/> keeps <see cref="CurrentStep"/> up to date.
/// </summary>
public sealed class ScenarioReport(AllureWriter writer, TimeProvider time, ReportedScenario scenario)
{
    public ReportedScenario Scenario { get; } = scenario;

    /// <summary>The step running now; null in scenario hooks, so what they attach goes on the scenario itself.</summary>
    public ReportedStep? CurrentStep { get; private set; }

    private int stepsStarted;

    internal ReportedStep StartStep(Func<int, ReportedStep> describe)
    {
        CurrentStep = describe(stepsStarted++);
        return CurrentStep;
    }

    /// <summary>The first step no binding matched, which the scenario's error names; null while every step is bound.</summary>
    public ReportedStep? FirstUndefinedStep { get; private set; }

    internal void FinishStep(ReportStatus status)
    {
        if (status == ReportStatus.Undefined)
        {
            FirstUndefinedStep ??= CurrentStep;
        }

        CurrentStep = null;
    }

    public void Attach(string name, string contentType, byte[] content) =>
        writer.OnEvent(new AttachmentAdded(time.GetUtcNow(), Scenario, CurrentStep, new ReportAttachment(name, contentType, content)));

    public void Attach(string name, string contentType, string content) => Attach(name, contentType, Encoding.UTF8.GetBytes(content));

    public void Log(string message) => writer.OnEvent(new MessageLogged(time.GetUtcNow(), Scenario, CurrentStep, message));
}
