using System.Text.Json;

namespace SpineConformance.Reporting.Evidence;

/// <summary>One scenario's result as the Allure report shows it: its name, status, requirement ids and parameters.</summary>
public sealed record ScenarioResult(string FullName, string Name, string Status, IReadOnlyList<string> Requirements, IReadOnlyDictionary<string, string> Parameters)
{
    /// <summary>The feature file the scenario came from (relative to <c>features/</c>), read off its full name.</summary>
    public string Feature => FullName.Split(": ", 2)[0];

    /// <summary>Every <c>*-result.json</c> in an Allure results folder, in name order.</summary>
    public static IReadOnlyList<ScenarioResult> ReadAllureResults(string folder)
    {
        var outcomes = new List<ScenarioResult>();
        foreach (var file in Directory.GetFiles(folder, "*-result.json").Order(StringComparer.Ordinal))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = json.RootElement;
            outcomes.Add(new ScenarioResult(
                Text(root, "fullName") ?? Text(root, "name") ?? Path.GetFileName(file),
                Text(root, "name") ?? Path.GetFileName(file),
                Text(root, "status") ?? "unknown",
                Array(root, "links").Where(l => Text(l, "type") == "tms").Select(l => Text(l, "name")!).Where(n => n is not null).ToList(),
                Array(root, "parameters").Where(p => Text(p, "name") is not null)
                    .GroupBy(p => Text(p, "name")!).ToDictionary(g => g.Key, g => Text(g.First(), "value") ?? string.Empty)));
        }

        return outcomes;
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static List<JsonElement> Array(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array ? [.. value.EnumerateArray()] : [];
}
