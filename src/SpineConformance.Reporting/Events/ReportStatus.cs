namespace SpineConformance.Reporting.Events;

/// <summary>
/// What happened to a step or scenario, in order of precedence: a scenario takes the status of its first step (or hook)
/// that did not pass. Allure sees them as (see <c>AllureStatus</c>):
/// <list type="table">
/// <item><term>Passed</term><description>passed.</description></item>
/// <item><term>Failed</term><description>an assertion failed (a product defect): failed.</description></item>
/// <item><term>Broken</term><description>any other exception (a suite or environment defect): broken.</description></item>
/// <item><term>Skipped</term><description>not run because an earlier step did not pass: skipped.</description></item>
/// <item><term>Pending</term><description>the step is marked pending or inconclusive: skipped.</description></item>
/// <item><term>Undefined</term><description>no binding matches the step: broken.</description></item>
/// <item><term>Ambiguous</term><description>several bindings match the step: broken.</description></item>
/// <item><term>Ignored</term><description>tagged <c>@ignore</c>, or ignored at run time: skipped.</description></item>
/// </list>
/// </summary>
public enum ReportStatus
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
