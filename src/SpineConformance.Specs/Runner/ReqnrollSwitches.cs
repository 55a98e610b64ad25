using SpineConformance.Drivers.Settings;
using SpineConformance.Reporting;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Runner;

/// <summary>
/// The suite's settings that are Reqnroll's to act on, passed through the environment variables Reqnroll reads:
/// a dry run, and where its Cucumber HTML report and messages (ndjson) go. A variable the caller set wins.
/// </summary>
public static class ReqnrollSwitches
{
    public static void Apply(SuiteSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (RunSettings.DryRun)
        {
            SetUnlessGiven("REQNROLL_DRY_RUN", "true");
        }

        // One report per driver run, beside the Allure report: reports/cucumber/{driver}.html and .ndjson.
        var reports = Path.Combine(RepositoryLayout.Root() ?? AppContext.BaseDirectory, "reports", "cucumber");
        var name = settings.SutDriver.ToString().ToLowerInvariant();
        SetUnlessGiven("REQNROLL_FORMATTERS_HTML", $"outputFilePath={Path.Combine(reports, name + ".html")}");
        SetUnlessGiven("REQNROLL_FORMATTERS_MESSAGE", $"outputFilePath={Path.Combine(reports, name + ".ndjson")}");
    }

    /// <summary>Where this run's Cucumber reports went, for the evidence bundle.</summary>
    public static IEnumerable<string> CucumberReports() =>
        new[] { "REQNROLL_FORMATTERS_HTML", "REQNROLL_FORMATTERS_MESSAGE" }
            .Select(Environment.GetEnvironmentVariable)
            .Select(v => v?.Split(';').FirstOrDefault(s => s.StartsWith("outputFilePath=", StringComparison.Ordinal))?["outputFilePath=".Length..])
            .OfType<string>();

    private static void SetUnlessGiven(string variable, string value)
    {
        if (string.IsNullOrEmpty(Environment.GetEnvironmentVariable(variable)))
        {
            Environment.SetEnvironmentVariable(variable, value);
        }
    }
}
