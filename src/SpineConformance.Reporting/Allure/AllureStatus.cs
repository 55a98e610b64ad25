using SpineConformance.Reporting.Events;

namespace SpineConformance.Reporting.Allure;

/// <summary>Allure's statuses and the runner's mapping onto them (documented on <see cref="ReportStatus"/>):
/// undefined and ambiguous steps are suite defects, so broken; pending and ignored are skipped.</summary>
internal static class AllureStatus
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Broken = "broken";
    public const string Skipped = "skipped";
    public const string Unknown = "unknown";

    public static string From(ReportStatus status) => status switch
    {
        ReportStatus.Passed => Passed,
        ReportStatus.Failed => Failed,
        ReportStatus.Broken or ReportStatus.Undefined or ReportStatus.Ambiguous => Broken,
        ReportStatus.Skipped or ReportStatus.Pending or ReportStatus.Ignored => Skipped,
        _ => Unknown,
    };
}
