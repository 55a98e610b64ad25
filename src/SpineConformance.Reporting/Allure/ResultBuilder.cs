using System.Globalization;
using SpineConformance.Reporting.Events;

namespace SpineConformance.Reporting.Allure;

/// <summary>Collects one scenario's events into its result. Used by one thread at a time: a scenario's events come in order.</summary>
internal sealed class ResultBuilder(AllureResult result)
{
    private readonly Dictionary<int, AllureStep> steps = [];
    private readonly List<string> log = [];

    public AllureResult Result { get; } = result;

    public IReadOnlyList<string> Log => log;

    public static ResultBuilder Start(ScenarioStarted started, string uuid, AllureWriterOptions options)
    {
        var scenario = started.Scenario;
        var result = new AllureResult
        {
            Uuid = uuid,
            HistoryId = AllureIdentity.HistoryId(scenario, options.RunParameters),
            TestCaseId = AllureIdentity.TestCaseId(scenario),
            FullName = $"{scenario.FeatureFile}: {scenario.DisplayName}",
            Name = scenario.DisplayName,
            Description = string.IsNullOrEmpty(scenario.FeatureDescription) ? null : scenario.FeatureDescription,
            Start = started.Timestamp.ToUnixTimeMilliseconds(),
        };
        result.Labels.AddRange(AllureLabels.For(scenario, options.Framework));
        result.Links.AddRange(scenario.Tags.Where(tag => options.RequirementTagPattern.IsMatch(tag))
            .Select(id => new AllureLink(id, string.Format(CultureInfo.InvariantCulture, options.RequirementLinkTemplate, id), "tms")));
        result.Parameters.AddRange(scenario.ExampleValues.Select(v => new AllureParameter(v.Key, v.Value)));
        result.Parameters.AddRange(options.RunParameters.Select(p => new AllureParameter(p.Key, p.Value)));
        return new ResultBuilder(result);
    }

    public AllureStep StartStep(StepStarted started)
    {
        var step = new AllureStep { Name = started.Step.Text, Start = started.Timestamp.ToUnixTimeMilliseconds() };
        steps[started.Step.Index] = step;
        Result.Steps.Add(step);
        return step;
    }

    public void FinishStep(StepFinished finished)
    {
        if (steps.TryGetValue(finished.Step.Index, out var step))
        {
            step.Status = AllureStatus.From(finished.Status);
            step.StatusDetails = Details(finished.Error);
            step.Stage = "finished";
            step.Stop = finished.Timestamp.ToUnixTimeMilliseconds();
        }
    }

    /// <summary>The step an attachment belongs under, or the result itself when no step was running.</summary>
    public List<AllureAttachment> AttachmentsFor(ReportedStep? step) =>
        step is not null && steps.TryGetValue(step.Index, out var allureStep) ? allureStep.Attachments : Result.Attachments;

    public void AddLog(string message) => log.Add(message);

    public void Finish(ScenarioFinished finished)
    {
        Result.Status = AllureStatus.From(finished.Status);
        Result.StatusDetails = Details(finished.Error);
        Result.Stage = "finished";
        Result.Stop = finished.Timestamp.ToUnixTimeMilliseconds();
    }

    private static AllureStatusDetails? Details(ReportError? error) =>
        error is null ? null : new AllureStatusDetails(error.Message, error.Trace);
}
