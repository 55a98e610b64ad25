using System.Runtime.ExceptionServices;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Gherkin.Bindings;
using SpineConformance.Gherkin.Conversion;
using SpineConformance.Gherkin.Events;
using SpineConformance.Gherkin.Matching;

namespace SpineConformance.Gherkin.Running;

/// <summary>
/// Runs one scenario in its own service scope: binds every step first (so all undefined steps are reported at once and
/// nothing half-runs), then BeforeScenario hooks, each step between BeforeStep/AfterStep hooks, and AfterScenario hooks.
/// After the first step that does not pass, the rest are reported as skipped.
/// </summary>
internal sealed class ScenarioRunner(BindingRegistry registry, StepMatchService matcher, IServiceProvider root, EventPublisher events)
{
    private static readonly string[] IgnoreTags = ["ignore", "wip"];
    private long lastRunId;

    public async Task<ScenarioOutcome> RunAsync(ScenarioCase scenario)
    {
        var run = new ScenarioRun(Interlocked.Increment(ref lastRunId), scenario);
        await using var scope = root.CreateAsyncScope();
        var context = new ScenarioContext(run, events);
        scope.ServiceProvider.GetRequiredService<ScenarioContextSlot>().Context = context;
        events.Publish(new ScenarioStarted(events.Now(), run));

        var ignoreTag = scenario.Tags.FirstOrDefault(t => IgnoreTags.Contains(t, StringComparer.OrdinalIgnoreCase));
        var outcome = ignoreTag is not null
            ? Finish(scenario, [], new Failure(ExecutionStatus.Ignored, new StepError($"Ignored: the scenario is tagged @{ignoreTag}.", null), null), context)
            : await RunStepsAsync(run, scope.ServiceProvider, context);
        events.Publish(new ScenarioFinished(events.Now(), run, outcome.Status, outcome.Error));
        return outcome;
    }

    private async Task<ScenarioOutcome> RunStepsAsync(ScenarioRun run, IServiceProvider services, ScenarioContext context)
    {
        var scenario = run.Case;
        var matches = scenario.Steps.Select(step => matcher.Match(step, scenario)).ToList();
        var failure = BindingFailure(matches);
        if (failure is null && await HookInvoker.RunAsync(registry, HookType.BeforeScenario, scenario.Tags, services) is { } beforeHook)
        {
            failure = Failure.FromHook(beforeHook);
        }

        var converter = new StepValueConverter(registry.Transformations, services);
        var steps = new List<StepOutcome>();
        for (var index = 0; index < scenario.Steps.Count; index++)
        {
            var stepRun = new StepRun(index, scenario.Steps[index]);
            context.CurrentStepRun = stepRun;
            events.Publish(new StepStarted(events.Now(), run, stepRun));
            var started = events.Time.GetTimestamp();
            var step = failure is null
                ? await RunStepAsync(stepRun.Step, matches[index], services, converter, scenario.Tags)
                : NotRun(stepRun.Step, matches[index]);
            step = step with { Duration = events.Time.GetElapsedTime(started) };
            context.CurrentStepRun = null;
            events.Publish(new StepFinished(events.Now(), run, stepRun, step.Status, step.Error, step.Duration));
            steps.Add(step);
            if (failure is null && step.Status != ExecutionStatus.Passed)
            {
                failure = new Failure(step.Status, step.Error, step.Exception);
            }
        }

        if (await HookInvoker.RunAsync(registry, HookType.AfterScenario, scenario.Tags, services) is { } afterHook)
        {
            failure ??= Failure.FromHook(afterHook);
        }

        return Finish(scenario, steps, failure, context);
    }

    private async Task<StepOutcome> RunStepAsync(GherkinStep step, StepMatch match, IServiceProvider services, StepValueConverter converter, IReadOnlyList<string> tags)
    {
        if (await HookInvoker.RunAsync(registry, HookType.BeforeStep, tags, services) is { } beforeStep)
        {
            return FromException(step, beforeStep.Exception, beforeStep.Message);
        }

        StepOutcome outcome;
        try
        {
            await MethodInvoker.InvokeAsync(match.Binding!.Method, services, StepArguments.Build(match, step, converter));
            outcome = new StepOutcome(step, ExecutionStatus.Passed, null, TimeSpan.Zero);
        }
#pragma warning disable CA1031 // Whatever a step throws is its outcome; the NUnit seam rethrows it.
        catch (Exception e)
#pragma warning restore CA1031
        {
            outcome = FromException(step, FailureClassifier.Unwrap(e), null);
        }

        var afterStep = await HookInvoker.RunAsync(registry, HookType.AfterStep, tags, services);
        return afterStep is not null && outcome.Status == ExecutionStatus.Passed
            ? FromException(step, afterStep.Exception, afterStep.Message)
            : outcome;
    }

    private static StepOutcome FromException(GherkinStep step, Exception exception, string? message) =>
        new(step, FailureClassifier.Classify(exception), new StepError(message ?? exception.Message, exception.StackTrace), TimeSpan.Zero)
        {
            Exception = ExceptionDispatchInfo.Capture(exception),
        };

    // Steps after a failure are skipped, but unbound ones still say so: the author sees every missing binding at once.
    private static StepOutcome NotRun(GherkinStep step, StepMatch match) => match.Kind switch
    {
        StepMatchKind.Undefined => new(step, ExecutionStatus.Undefined, new StepError(match.Explanation, null), TimeSpan.Zero),
        StepMatchKind.Ambiguous => new(step, ExecutionStatus.Ambiguous, new StepError(match.Explanation, null), TimeSpan.Zero),
        _ => new(step, ExecutionStatus.Skipped, null, TimeSpan.Zero),
    };

    private static Failure? BindingFailure(List<StepMatch> matches)
    {
        var unbound = matches.Where(m => m.Kind != StepMatchKind.Bound).ToList();
        if (unbound.Count == 0)
        {
            return null;
        }

        var status = unbound.Any(m => m.Kind == StepMatchKind.Undefined) ? ExecutionStatus.Undefined : ExecutionStatus.Ambiguous;
        var message = string.Join(Environment.NewLine + Environment.NewLine, unbound.Select(m => m.Explanation));
        return new Failure(status, new StepError(message, null), null);
    }

    private static ScenarioOutcome Finish(ScenarioCase scenario, IReadOnlyList<StepOutcome> steps, Failure? failure, ScenarioContext context) =>
        new(scenario, failure?.Status ?? ExecutionStatus.Passed, failure?.Error, steps, context.Logged.ToList())
        {
            Exception = failure?.Exception,
        };

    private sealed record Failure(ExecutionStatus Status, StepError? Error, ExceptionDispatchInfo? Exception)
    {
        public static Failure FromHook(HookFailure hook) =>
            new(FailureClassifier.Classify(hook.Exception), new StepError(hook.Message, hook.Exception.StackTrace), ExceptionDispatchInfo.Capture(hook.Exception));
    }
}
