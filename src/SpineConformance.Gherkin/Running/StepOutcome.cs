using System.Runtime.ExceptionServices;

namespace SpineConformance.Gherkin;

public sealed record StepOutcome(GherkinStep Step, ExecutionStatus Status, StepError? Error, TimeSpan Duration)
{
    internal ExceptionDispatchInfo? Exception { get; init; }
}
