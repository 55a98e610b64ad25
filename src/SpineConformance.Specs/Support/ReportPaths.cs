namespace SpineConformance.Specs.Support;

/// <summary>Where the suite writes its results: <c>reports/allure-results</c> in the repository, unless told otherwise.</summary>
public static class ReportPaths
{
    public const string ResultsVariable = "SPINE_ALLURE_RESULTS";

    public static string AllureResults()
    {
        if (Environment.GetEnvironmentVariable(ResultsVariable) is { Length: > 0 } configured)
        {
            return Path.GetFullPath(configured);
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpineConformance.sln")))
            {
                return Path.Combine(dir.FullName, "reports", "allure-results");
            }
        }

        return Path.Combine(AppContext.BaseDirectory, "allure-results");
    }
}
