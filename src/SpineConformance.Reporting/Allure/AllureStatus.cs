using SpineConformance.Gherkin;

namespace SpineConformance.Reporting.Allure;

/// <summary>Allure's statuses and the runner's mapping onto them (documented on <see cref="ExecutionStatus"/>):
/// undefined and ambiguous steps are suite defects, so broken; pending and ignored are skipped.</summary>
internal static class AllureStatus
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Broken = "broken";
    public const string Skipped = "skipped";
    public const string Unknown = "unknown";

    public static string From(ExecutionStatus status) => status switch
    {
        ExecutionStatus.Passed => Passed,
        ExecutionStatus.Failed => Failed,
        ExecutionStatus.Broken or ExecutionStatus.Undefined or ExecutionStatus.Ambiguous => Broken,
        ExecutionStatus.Skipped or ExecutionStatus.Pending or ExecutionStatus.Ignored => Skipped,
        _ => Unknown,
    };
}
