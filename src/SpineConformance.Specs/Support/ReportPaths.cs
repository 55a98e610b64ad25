namespace SpineConformance.Specs.Support;

/// <summary>
/// Where the suite writes its results: the <c>SPINE_ALLURE_RESULTS</c> environment variable, else the
/// <c>AllureResultsDirectory</c> run parameter (relative to the repository root), else <c>reports/allure-results</c>.
/// </summary>
public static class ReportPaths
{
    public const string ResultsVariable = "SPINE_ALLURE_RESULTS";

    public static string AllureResults()
    {
        if (Environment.GetEnvironmentVariable(ResultsVariable) is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        var relative = TestContext.Parameters.Get("AllureResultsDirectory", Path.Combine("reports", "allure-results"));
        return Reporting.RepositoryLayout.Root() is { } root ? Path.Combine(root, relative) : Path.Combine(AppContext.BaseDirectory, "allure-results");
    }
}
