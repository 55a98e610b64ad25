using System.Security.Cryptography;
using System.Text;
using SpineConformance.Reporting.Events;

namespace SpineConformance.Reporting.Allure;

/// <summary>Ids that stay the same across runs and machines: built from the feature's relative path, the scenario
/// title and (for historyId) the outline row, never from absolute paths or run order.</summary>
internal static class AllureIdentity
{
    public static string TestCaseId(ReportedScenario scenario) => Hash(scenario.FeatureFile, scenario.Title);

    public static string HistoryId(ReportedScenario scenario, IReadOnlyDictionary<string, string>? runParameters = null) =>
        Hash([scenario.FeatureFile, scenario.Title, .. scenario.ExampleValues.Select(v => $"{v.Key}={v.Value}"),
            .. (runParameters ?? new Dictionary<string, string>()).OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}")]);

    public static string Hash(params string[] parts)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', parts)));
        return Convert.ToHexStringLower(bytes.AsSpan(0, 16));
    }
}
