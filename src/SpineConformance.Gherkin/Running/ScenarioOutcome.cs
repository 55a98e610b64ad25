using System.Runtime.ExceptionServices;

namespace SpineConformance.Gherkin;

/// <summary>How a scenario case ended: its status, the reason if it did not pass, each step, and what it logged.</summary>
public sealed record ScenarioOutcome(
    ScenarioCase Scenario,
    ExecutionStatus Status,
    StepError? Error,
    IReadOnlyList<StepOutcome> Steps,
    IReadOnlyList<string> Log)
{
    /// <summary>The original exception, rethrown at the NUnit seam so assertion messages and stack traces survive.</summary>
    internal ExceptionDispatchInfo? Exception { get; init; }
}
