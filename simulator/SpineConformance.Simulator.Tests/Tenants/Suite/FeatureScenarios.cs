namespace SpineConformance.Simulator.Tests.Tenants.Suite;

/// <summary>
/// How many scenarios the feature files hold, as the test runner counts them: each <c>Scenario:</c> (or <c>Example:</c>)
/// once, and each <c>Scenario Outline:</c> (or <c>Scenario Template:</c>) once per row of its examples tables.
/// </summary>
internal static class FeatureScenarios
{
    public static int Count(string featuresDirectory) =>
        System.IO.Directory.EnumerateFiles(featuresDirectory, "*.feature", SearchOption.AllDirectories).Sum(file => CountIn(File.ReadAllLines(file)));

    public static int CountIn(IEnumerable<string> lines)
    {
        var count = 0;
        var inOutline = false;
        var inExamples = false;
        var sawHeader = false;
        foreach (var line in lines.Select(l => l.Trim()))
        {
            if (line.StartsWith("Scenario Outline:", StringComparison.Ordinal) || line.StartsWith("Scenario Template:", StringComparison.Ordinal))
            {
                (inOutline, inExamples) = (true, false);
            }
            else if (line.StartsWith("Scenario:", StringComparison.Ordinal) || line.StartsWith("Example:", StringComparison.Ordinal))
            {
                (inOutline, inExamples) = (false, false);
                count++;
            }
            else if (line.StartsWith("Rule:", StringComparison.Ordinal) || line.StartsWith("Background:", StringComparison.Ordinal))
            {
                (inOutline, inExamples) = (false, false);
            }
            else if (inOutline && (line.StartsWith("Examples:", StringComparison.Ordinal) || line.StartsWith("Scenarios:", StringComparison.Ordinal)))
            {
                (inExamples, sawHeader) = (true, false);
            }
            else if (inExamples && line.StartsWith('|'))
            {
                // The first row of each examples table names its columns; every other row is a scenario.
                count += sawHeader ? 1 : 0;
                sawHeader = true;
            }
        }

        return count;
    }
}
