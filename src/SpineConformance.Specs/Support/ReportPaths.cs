namespace SpineConformance.Specs.Support;

/// <summary>
/// Where the suite writes its results: the <c>SPINE_ALLURE_RESULTS</c> environment variable, else the
/// <c>AllureResultsDirectory</c> run parameter, else <c>reports/allure-results</c>. A relative path is taken from the
/// repository root, never from the test host's working directory (which is the test project's bin folder).
/// </summary>
public static class ReportPaths
{
    public const string ResultsVariable = "SPINE_ALLURE_RESULTS";

    public static string AllureResults() => AllureResults(
        Environment.GetEnvironmentVariable(ResultsVariable) is { Length: > 0 } configured ? configured : null,
        TestContext.Parameters.Get("AllureResultsDirectory", Path.Combine("reports", "allure-results")),
        Reporting.RepositoryLayout.Root());

    /// <summary>The results folder from the environment variable's value (or null), the run parameter's, and the
    /// repository root (null outside a clone: then relative paths are taken from the test binaries' folder).</summary>
    public static string AllureResults(string? fromEnvironment, string fromRunSettings, string? repositoryRoot) =>
        Path.GetFullPath(fromEnvironment ?? fromRunSettings, repositoryRoot ?? AppContext.BaseDirectory);
}
