namespace SpineConformance.Gherkin;

/// <summary>
/// What happened to a step or scenario. A scenario takes the status of its first step (or hook) that did not pass.
/// NUnit and Allure see them as:
/// <list type="table">
/// <item><term>Passed</term><description>NUnit passed; Allure passed.</description></item>
/// <item><term>Failed</term><description>an assertion failed (product defect): NUnit failed; Allure failed.</description></item>
/// <item><term>Broken</term><description>any other exception (suite or environment defect): NUnit failed (error); Allure broken.</description></item>
/// <item><term>Skipped</term><description>not run because an earlier step did not pass: Allure skipped.</description></item>
/// <item><term>Pending</term><description><see cref="PendingStepException"/> or Assert.Inconclusive: NUnit inconclusive; Allure skipped.</description></item>
/// <item><term>Undefined</term><description>no binding matches: NUnit failed; Allure broken.</description></item>
/// <item><term>Ambiguous</term><description>several bindings match: NUnit failed; Allure broken.</description></item>
/// <item><term>Ignored</term><description>tagged @ignore or @wip (or Assert.Ignore): NUnit ignored; Allure skipped.</description></item>
/// </list>
/// </summary>
public enum ExecutionStatus
{
    Passed,
    Failed,
    Broken,
    Skipped,
    Pending,
    Undefined,
    Ambiguous,
    Ignored,
}
