using SpineConformance.Reporting.Events;

namespace SpineConformance.Reporting.Allure;

/// <summary>Labels Allure groups by: feature and story (behaviours tab), suite, every tag, severity, and where it ran.
/// <c>@story:…</c> and <c>@severity:…</c> tags set the story and severity; the defaults are the feature name and "normal".</summary>
internal static class AllureLabels
{
    private const string StoryPrefix = "story:";
    private const string SeverityPrefix = "severity:";

    public static IEnumerable<AllureLabel> For(ReportedScenario scenario, string framework)
    {
        var feature = scenario.FeatureTitle;
        yield return new AllureLabel("feature", feature);
        yield return new AllureLabel("story", TagValue(scenario, StoryPrefix) ?? feature);
        yield return new AllureLabel("suite", feature);
        yield return new AllureLabel("severity", TagValue(scenario, SeverityPrefix) ?? "normal");
        foreach (var tag in scenario.Tags)
        {
            yield return new AllureLabel("tag", tag);
        }

        yield return new AllureLabel("framework", framework);
        yield return new AllureLabel("language", "C#");
        yield return new AllureLabel("host", Environment.MachineName);
        yield return new AllureLabel("thread", $"{Environment.ProcessId}.{Environment.CurrentManagedThreadId}");
    }

    private static string? TagValue(ReportedScenario scenario, string prefix) =>
        scenario.Tags.FirstOrDefault(t => t.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))?[prefix.Length..];
}
