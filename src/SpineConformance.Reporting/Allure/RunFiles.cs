using System.Text;
using System.Text.Json;

namespace SpineConformance.Reporting.Allure;

/// <summary>The run-wide files: categories.json, environment.properties and, on CI, executor.json.</summary>
internal static class RunFiles
{
    public static void Write(string directory, IReadOnlyDictionary<string, string> environment)
    {
        File.WriteAllText(Path.Combine(directory, "categories.json"), JsonSerializer.Serialize(AllureCategories.All, AllureJson.Options));
        if (environment.Count > 0)
        {
            var lines = environment.Select(pair => $"{Escape(pair.Key)}={Escape(pair.Value)}");
            File.WriteAllText(Path.Combine(directory, "environment.properties"), string.Join('\n', lines) + "\n", Encoding.UTF8);
        }

        if (!string.IsNullOrEmpty(System.Environment.GetEnvironmentVariable("CI")))
        {
            File.WriteAllText(Path.Combine(directory, "executor.json"), JsonSerializer.Serialize(Executor(), AllureJson.Options));
        }
    }

    private static object Executor() => new
    {
        name = System.Environment.GetEnvironmentVariable("CI_NAME") ?? "CI",
        type = "ci",
        buildName = System.Environment.GetEnvironmentVariable("BUILD_NAME") ?? System.Environment.GetEnvironmentVariable("GITHUB_RUN_ID"),
        buildUrl = System.Environment.GetEnvironmentVariable("BUILD_URL"),
        reportName = "SpineConformance assurance report",
    };

    // Java properties syntax: '=', ':' and '\' in keys and values must be escaped, and a value stays on one line.
    private static string Escape(string text) => text
        .Replace("\\", "\\\\", StringComparison.Ordinal)
        .Replace("=", "\\=", StringComparison.Ordinal)
        .Replace(":", "\\:", StringComparison.Ordinal)
        .Replace("\n", "\\n", StringComparison.Ordinal)
        .Replace("\r", string.Empty, StringComparison.Ordinal);
}
