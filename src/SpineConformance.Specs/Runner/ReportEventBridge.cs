using System.Collections;
using Reqnroll;
using Reqnroll.Events;
using SpineConformance.Reporting;
using SpineConformance.Reporting.Events;

namespace SpineConformance.Specs.Runner;

/// <summary>
/// Turns Reqnroll's execution events into the Allure writer's: a scenario starts (and gets its <see cref="ScenarioReport"/>),
/// each step starts and finishes with its status and error (steps skipped after a failure included), and the scenario
/// finishes. One per test thread; scenario and step events of a thread arrive in order.
/// </summary>
public sealed class ReportEventBridge(AllureWriter writer, FeatureFiles features, TimeProvider time) : IAsyncExecutionEventListener
{
    private static long nextScenarioId;

    public Task OnEventAsync(IExecutionEvent executionEvent)
    {
        switch (executionEvent)
        {
            case ScenarioStartedEvent started:
                OnScenarioStarted(started);
                break;
            case StepStartedEvent started when ReportOf(started.ScenarioContext) is { } report:
                OnStepStarted(report, started.StepContext);
                break;
            case StepFinishedEvent finished when ReportOf(finished.ScenarioContext) is { CurrentStep: { } step } report:
                OnStepFinished(report, step, finished.StepContext);
                break;
            case ScenarioFinishedEvent finished when ReportOf(finished.ScenarioContext) is { } report:
                OnScenarioFinished(report, finished.ScenarioContext);
                break;
        }

        return Task.CompletedTask;
    }

    private void OnScenarioStarted(ScenarioStartedEvent started)
    {
        var report = new ScenarioReport(writer, time, Describe(started.FeatureContext.FeatureInfo, started.ScenarioContext.ScenarioInfo));
        started.ScenarioContext.ScenarioContainer.RegisterInstanceAs(report);
        writer.OnEvent(new ScenarioStarted(time.GetUtcNow(), report.Scenario));
    }

    private void OnStepStarted(ScenarioReport report, IScenarioStepContext context)
    {
        var step = report.StartStep(index => Describe(context.StepInfo, index));
        writer.OnEvent(new StepStarted(time.GetUtcNow(), report.Scenario, step));
    }

    private void OnStepFinished(ScenarioReport report, ReportedStep step, IScenarioStepContext context)
    {
        var status = Status(context.Status, context.StepError);
        writer.OnEvent(new StepFinished(time.GetUtcNow(), report.Scenario, step, status, Error(context.Status, context.StepError, step)));
        report.FinishStep(status);
    }

    private void OnScenarioFinished(ScenarioReport report, IScenarioContext context) =>
        writer.OnEvent(new ScenarioFinished(time.GetUtcNow(), report.Scenario, Status(context.ScenarioExecutionStatus, context.TestError),
            Error(context.ScenarioExecutionStatus, context.TestError, report.FirstUndefinedStep)));

    /// <summary>Reqnroll's status and error as the reports' status: an assertion is a product defect (failed), any other
    /// exception a suite or environment problem (broken).</summary>
    public static ReportStatus Status(ScenarioExecutionStatus status, Exception? error) => status switch
    {
        ScenarioExecutionStatus.OK => ReportStatus.Passed,
        ScenarioExecutionStatus.StepDefinitionPending => ReportStatus.Pending,
        ScenarioExecutionStatus.UndefinedStep => ReportStatus.Undefined,
        ScenarioExecutionStatus.BindingError => error is AmbiguousBindingException ? ReportStatus.Ambiguous : ReportStatus.Broken,
        ScenarioExecutionStatus.Skipped => error is IgnoreException ? ReportStatus.Ignored : ReportStatus.Skipped,
        _ => IsAssertion(error) ? ReportStatus.Failed : ReportStatus.Broken,
    };

    private static ScenarioReport? ReportOf(IScenarioContext context) =>
        context.ScenarioContainer.IsRegistered<ScenarioReport>() ? context.ScenarioContainer.Resolve<ScenarioReport>() : null;

    private static bool IsAssertion(Exception? error) =>
        error is AssertionException or MultipleAssertException
        || (error?.GetType().Name is { } name && (name.EndsWith("AssertionException", StringComparison.Ordinal) || name.EndsWith("AssertException", StringComparison.Ordinal)));

    private static ReportError? Error(ScenarioExecutionStatus status, Exception? error, ReportedStep? step) => status switch
    {
        ScenarioExecutionStatus.OK => null,
        ScenarioExecutionStatus.UndefinedStep => new ReportError(
            $"No step definition matches '{step?.Text}'.", "The test's output suggests a binding for it: add it to a [Binding] class in the Specs project, or in your own binding assembly."),
        _ when error is not null => new ReportError(error.Message, error.StackTrace),
        _ => null,
    };

    private ReportedScenario Describe(FeatureInfo feature, ScenarioInfo scenario) =>
        new(Interlocked.Increment(ref nextScenarioId), features.Of(feature.Title), feature.Title, scenario.Title, scenario.CombinedTags)
        {
            FeatureDescription = string.IsNullOrWhiteSpace(feature.Description) ? null : feature.Description.Trim(),
            ExampleValues = [.. scenario.Arguments.Cast<DictionaryEntry>().Select(a => new KeyValuePair<string, string>(a.Key.ToString()!, a.Value?.ToString() ?? string.Empty))],
        };

    private static ReportedStep Describe(StepInfo step, int index) =>
        new(index, $"{step.StepInstance?.Keyword?.Trim() ?? step.StepDefinitionType.ToString()} {step.Text}")
        {
            DataTable = step.Table is null ? null : [[.. step.Table.Header], .. step.Table.Rows.Select(r => (IReadOnlyList<string>)[.. r.Values])],
            DocString = step.MultilineText,
        };
}
