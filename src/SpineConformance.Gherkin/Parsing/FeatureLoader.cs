namespace SpineConformance.Gherkin.Parsing;

/// <summary>Loads every feature file; a file with errors becomes one case that fails with all of them.</summary>
internal static class FeatureLoader
{
    public static IReadOnlyList<ScenarioCase> Load(IEnumerable<(string Directory, string SearchPattern)> sources)
    {
        var cases = new List<ScenarioCase>();
        foreach (var (directory, pattern) in sources)
        {
            if (!Directory.Exists(directory))
            {
                var missing = new FeatureInfo(Path.GetFileName(directory), string.Empty, [], directory, directory);
                cases.Add(new ScenarioCase(missing, "features folder is missing", [], [], [], 0, ScenarioCaseKind.InvalidFeature,
                    [$"The features folder '{directory}' does not exist. Copy the .feature files to the output (CopyToOutputDirectory) or fix the path."]));
                continue;
            }

            foreach (var file in Directory.EnumerateFiles(directory, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            {
                var result = FeatureFileParser.Load(file, directory);
                cases.AddRange(result.Cases);
                if (result.Errors.Count > 0)
                {
                    cases.Add(new ScenarioCase(result.Feature, "feature file has errors", result.Feature.Tags, [], [], 0,
                        ScenarioCaseKind.InvalidFeature, result.Errors));
                }
            }
        }

        return cases;
    }
}
