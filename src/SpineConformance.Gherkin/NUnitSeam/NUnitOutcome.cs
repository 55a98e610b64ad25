using NUnit.Framework;

namespace SpineConformance.Gherkin.NUnitSeam;

/// <summary>The NUnit seam's ending: prints the step trace, then passes, fails, ignores or leaves the test inconclusive.
/// A step's own exception is rethrown so an assertion keeps its original message and stack trace.</summary>
internal static class NUnitOutcome
{
    public static void Report(ScenarioOutcome outcome)
    {
        var output = TestContext.Out;
        output.WriteLine($"{outcome.Scenario.DisplayName}  ({outcome.Scenario.Location})");
        foreach (var step in outcome.Steps)
        {
            output.WriteLine($"  {step.Step} -> {step.Status.ToString().ToLowerInvariant()} ({step.Duration.TotalMilliseconds:0} ms)");
        }

        foreach (var line in outcome.Log)
        {
            output.WriteLine($"  log: {line}");
        }

        var message = outcome.Error?.Message ?? string.Empty;
        switch (outcome.Status)
        {
            case ExecutionStatus.Passed:
                return;
            case ExecutionStatus.Ignored:
                Assert.Ignore(message);
                return;
            case ExecutionStatus.Pending:
                Assert.Inconclusive(message);
                return;
            case ExecutionStatus.Failed or ExecutionStatus.Broken when outcome.Exception is not null:
                outcome.Exception.Throw();
                return;
            default:
                Assert.Fail(message);
                return;
        }
    }
}
