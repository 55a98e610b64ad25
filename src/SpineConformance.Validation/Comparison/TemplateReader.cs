using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Comparison;

/// <summary>Checks a loaded template: well-formed, and every placeholder one the comparison knows.</summary>
internal static class TemplateReader
{
    public static XDocument Read(XmlLoadResult loaded, string source)
    {
        if (loaded.Document is not { Root: not null } document)
        {
            throw new InvalidDataException($"The template {source} is not usable XML (line {loaded.Line}, column {loaded.Column}): {loaded.Error}");
        }

        var unknown = document.Descendants()
            .SelectMany(e => e.Attributes().Select(a => (Path: XmlPath.Of(a), a.Value))
                .Concat(e.Nodes().OfType<XText>().Select(t => (Path: XmlPath.Of(e), t.Value))))
            .Select(v => (v.Path, Placeholder: Placeholder.Find(v.Value), v.Value))
            .Where(v => v.Value.Contains("${xmlunit.", StringComparison.Ordinal) || v.Value.Contains("${spine.", StringComparison.Ordinal))
            .Where(v => v.Placeholder is null || !PlaceholderChecks.IsKnown(v.Placeholder.Name))
            .Select(v => $"{v.Path}: '{v.Value}'")
            .ToList();
        if (unknown.Count > 0)
        {
            throw new InvalidDataException(
                $"The template {source} has placeholders this comparison does not know, or more than one in a value: {string.Join("; ", unknown)}. "
                + $"Known: {string.Join(", ", PlaceholderNames())}.");
        }

        return document;
    }

    private static IEnumerable<string> PlaceholderNames() =>
    [
        Comparison.PlaceholderNames.Ignore, Comparison.PlaceholderNames.IsNumber, Comparison.PlaceholderNames.IsDateTime,
        Comparison.PlaceholderNames.MatchesRegex + "(regex)", Comparison.PlaceholderNames.Uuid, Comparison.PlaceholderNames.Hl7Timestamp,
    ];
}
