using System.Text.RegularExpressions;

namespace SpineConformance.Reporting.Evidence;

/// <summary>
/// A service's <c>REQUIREMENTS.md</c>: the rows of its main table (each must have a scenario) and of its "Not yet
/// covered" table, read from the Markdown as written (<c>| id | requirement | level | source |</c>).
/// </summary>
public sealed partial record RequirementCatalogue(string Path, IReadOnlyList<CataloguedRequirement> Requirements)
{
    /// <summary>The ids a scenario must verify.</summary>
    public IReadOnlyList<string> Covered => [.. Requirements.Where(r => r.Covered).Select(r => r.Id)];

    /// <summary>The ids catalogued as not yet covered, each with its reason.</summary>
    public IReadOnlyList<string> NotYetCovered => [.. Requirements.Where(r => !r.Covered).Select(r => r.Id)];

    public static RequirementCatalogue Read(string path)
    {
        var requirements = new List<CataloguedRequirement>();
        var covered = true;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## Not yet covered", StringComparison.Ordinal))
            {
                covered = false;
            }

            if (Row().Match(line) is { Success: true } row)
            {
                var cells = line.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
                requirements.Add(new CataloguedRequirement(row.Groups[1].Value, cells.ElementAtOrDefault(1) ?? string.Empty,
                    cells.ElementAtOrDefault(2) ?? string.Empty, covered));
            }
        }

        return new RequirementCatalogue(path, requirements);
    }

    /// <summary>Every catalogue under <paramref name="featuresFolder"/> (one <c>REQUIREMENTS.md</c> per service folder), in path order.</summary>
    public static IReadOnlyList<RequirementCatalogue> ReadAll(string featuresFolder) =>
        [.. Directory.GetFiles(featuresFolder, "REQUIREMENTS.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(Read)];

    [GeneratedRegex(@"^\|\s*([A-Z]+(?:-[A-Z0-9]+)+)\s*\|")]
    private static partial Regex Row();
}

/// <summary>One row: the stable id, what is required, SHALL or SHOULD (or, for an uncovered row, the reason), and whether a scenario must verify it.</summary>
public sealed record CataloguedRequirement(string Id, string Text, string Level, bool Covered);
