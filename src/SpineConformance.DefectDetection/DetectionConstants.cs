namespace SpineConformance.DefectDetection;

/// <summary>Defaults and names of the detection run, in one place so the options, the help text and the README agree.</summary>
internal static class DetectionConstants
{
    /// <summary>
    /// Three runs at once keep two cores busy: a run in a warm suite worker spends about half its time waiting (loopback
    /// HTTP, the scenarios' deliberate holds). Measured on this two-core machine, the 59 runs of <c>eng/test.sh</c> took
    /// 4 min 59 s two at a time, 3 min 44 s three at a time and 3 min 29 s four at a time.
    /// </summary>
    public const int DefaultParallel = 3;

    public const int MaxParallel = 16;

    public const string DefaultConfiguration = "Release";

    /// <summary>The feature suite's project, relative to the repository root.</summary>
    public const string SuiteProject = "src/SpineConformance.Specs";

    /// <summary>The feature suite's built assembly under its project, by configuration.</summary>
    public static string SuiteAssembly(string repositoryRoot, string configuration) =>
        Path.Combine(repositoryRoot, SuiteProject, "bin", configuration, "net10.0", "SpineConformance.Specs.dll");

    /// <summary>The environment variable the suite reads its <c>SutDefects</c> setting from.</summary>
    public const string DefectsVariable = "SPINE_SUT_DEFECTS";

    /// <summary>The environment variable the suite writes its Allure results to, so detection runs leave the report alone.</summary>
    public const string AllureResultsVariable = "SPINE_ALLURE_RESULTS";

    /// <summary>The environment variable the suite's <c>EvidenceDirectory</c> setting reads, so detection runs leave no bundles in reports/.</summary>
    public const string EvidenceVariable = "SPINE_EVIDENCE_DIRECTORY";

    /// <summary>Reqnroll's switch for its formatters (the Cucumber HTML report and messages), off for detection runs.</summary>
    public const string CucumberReportsOffVariable = "REQNROLL_FORMATTERS_DISABLED";

    /// <summary>The run with no defect switched on, which must pass.</summary>
    public const string BaselineName = "baseline";

    /// <summary>Far longer than a run takes (seconds), short enough that a hung one cannot hold CI for its whole limit.</summary>
    public static readonly TimeSpan DefaultRunTimeout = TimeSpan.FromMinutes(10);
}
