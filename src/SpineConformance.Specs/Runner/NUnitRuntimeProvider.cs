using Reqnroll;
using Reqnroll.UnitTestProvider;

namespace SpineConformance.Specs.Runner;

/// <summary>
/// How Reqnroll tells NUnit a scenario did not run to the end: a pending or inconclusive step makes the test
/// inconclusive, an ignored one ignored. With <c>missingOrPendingStepsOutcome: Error</c> (reqnroll.json) pending and
/// undefined steps fail instead, before they reach here.
/// </summary>
public sealed class NUnitRuntimeProvider : IUnitTestRuntimeProvider
{
    public const string Name = "nunit";

    public void TestPending(string message) => TestInconclusive(message);

    public void TestInconclusive(string message) => Assert.Inconclusive(message);

    public void TestIgnore(string message) => Assert.Ignore(message);

    public ScenarioExecutionStatus? DetectExecutionStatus(Exception exception) =>
        exception is InconclusiveException or IgnoreException ? ScenarioExecutionStatus.Skipped : null;
}
