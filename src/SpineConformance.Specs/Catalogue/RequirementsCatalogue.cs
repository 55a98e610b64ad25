using System.Text.RegularExpressions;

namespace SpineConformance.Specs.Catalogue;

/// <summary>
/// A service's <c>REQUIREMENTS.md</c>: the ids in its main table (each must have a scenario) and in its
/// "Not yet covered" table (each with a reason, and no scenario yet).
/// </summary>
public sealed partial record RequirementsCatalogue(string Path, IReadOnlyList<string> Covered, IReadOnlyList<string> NotYetCovered)
{
    public static RequirementsCatalogue Read(string path)
    {
        var covered = new List<string>();
        var notYet = new List<string>();
        var target = covered;
        foreach (var line in File.ReadLines(path))
        {
            if (line.StartsWith("## Not yet covered", StringComparison.Ordinal))
            {
                target = notYet;
            }

            if (RowId().Match(line) is { Success: true } row)
            {
                target.Add(row.Groups[1].Value);
            }
        }

        return new RequirementsCatalogue(path, covered, notYet);
    }

    [GeneratedRegex(@"^\|\s*([A-Z]+(?:-[A-Z0-9]+)+)\s*\|")]
    private static partial Regex RowId();
}
