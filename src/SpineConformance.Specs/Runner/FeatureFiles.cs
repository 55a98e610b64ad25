namespace SpineConformance.Specs.Runner;

/// <summary>
/// Each feature's file, relative to <c>features/</c> (<c>acs/get-resource-permissions.feature</c>), found by its folder
/// and title: Reqnroll tells a running scenario its feature's title and folder, and reports and the evidence bundle name
/// the file.
/// </summary>
public sealed class FeatureFiles
{
    private readonly Dictionary<string, string> byTitle;

    public FeatureFiles(string featuresDirectory)
    {
        byTitle = !Directory.Exists(featuresDirectory) ? [] : Directory
            .EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories)
            .Select(path => (Title: Title(path), Relative: Path.GetRelativePath(featuresDirectory, path).Replace('\\', '/')))
            .Where(f => f.Title is not null)
            .GroupBy(f => f.Title!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First().Relative, StringComparer.Ordinal);
    }

    public static FeatureFiles Suite { get; } = new(Path.Combine(AppContext.BaseDirectory, "features"));

    /// <summary>The feature's file, or its title with <c>.feature</c> when no file has that title (a feature from another assembly).</summary>
    public string Of(string featureTitle) => byTitle.GetValueOrDefault(featureTitle) ?? featureTitle + ".feature";

    private static string? Title(string path) => File.ReadLines(path)
        .Select(line => line.Trim())
        .FirstOrDefault(line => line.StartsWith("Feature:", StringComparison.Ordinal))?["Feature:".Length..].Trim();
}
