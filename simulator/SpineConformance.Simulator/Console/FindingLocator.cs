using System.Globalization;
using System.Xml.Linq;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.WebConsole;

/// <summary>A finding with the lines of the laid-out request it points at, and how they were found.</summary>
/// <param name="Located">
/// <c>element</c> (the XPath's element, or the element holding its attribute), <c>nearest ancestor</c> (the XPath names
/// something absent: its deepest existing ancestor), <c>reported line</c> (from the finding's line), or null (nowhere in the body).
/// </param>
public sealed record LocatedFinding(Finding Finding, int? FromLine, int? ToLine, string? Located);

/// <summary>
/// Finds the element a finding's XPath names in the laid-out request. Steps are matched by local name, so the
/// prefixes a rule writes (<c>SOAP-ENV</c>, <c>SOAP</c>, <c>hl7</c>, <c>eb</c>) need no namespace table; when the
/// path names something missing, the deepest element that exists is shown instead.
/// </summary>
internal static class FindingLocator
{
    public static LocatedFinding Locate(Finding finding, MessageLayout request)
    {
        var best = request.XmlParts
            .Select(part => (Part: part, Match: Resolve(part.Received, finding.XPath)))
            .Where(candidate => candidate.Match.Element is not null)
            .OrderByDescending(candidate => candidate.Match.Exact)
            .ThenByDescending(candidate => candidate.Match.Depth)
            .FirstOrDefault();
        if (best.Match.Element is { } element)
        {
            var (from, to) = best.Part.LinesOf(element);
            return new LocatedFinding(finding, from, to, best.Match.Exact ? "element" : "nearest ancestor");
        }

        if (finding.Line is { } line && request.XmlParts is [var first, ..] && first.ElementAtReceivedLine(line) is { } atLine)
        {
            var (from, to) = first.LinesOf(atLine);
            return new LocatedFinding(finding, from, to, "reported line");
        }

        return new LocatedFinding(finding, null, null, null);
    }

    private static (XElement? Element, bool Exact, int Depth) Resolve(XDocument document, string xpath)
    {
        var steps = xpath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        if (!xpath.StartsWith('/') || steps.Length == 0 || document.Root is not { } root || !Step.TryParse(steps[0], out var first) || !first.Matches(root))
        {
            return (null, false, 0);
        }

        var current = root;
        for (var i = 1; i < steps.Length; i++)
        {
            if (steps[i].StartsWith('@'))
            {
                var attribute = steps[i][1..];
                var local = attribute[(attribute.IndexOf(':', StringComparison.Ordinal) + 1)..];
                return (current, current.Attributes().Any(a => a.Name.LocalName == local) && i == steps.Length - 1, i);
            }

            var next = Step.TryParse(steps[i], out var step)
                ? current.Elements().Where(step.Matches).ElementAtOrDefault(step.Position - 1)
                : null;
            if (next is null)
            {
                return (current, false, i);
            }

            current = next;
        }

        return (current, true, steps.Length);
    }

    /// <summary>One location step: <c>prefix:name</c>, <c>name[n]</c> or <c>*[n]</c>; anything richer is not followed.</summary>
    private readonly record struct Step(string LocalName, int Position)
    {
        public bool Matches(XElement element) => LocalName == "*" || element.Name.LocalName == LocalName;

        public static bool TryParse(string text, out Step step)
        {
            step = default;
            var name = text;
            var position = 1;
            var open = text.IndexOf('[', StringComparison.Ordinal);
            if (open >= 0)
            {
                if (!text.EndsWith(']') || !int.TryParse(text.AsSpan(open + 1, text.Length - open - 2), NumberStyles.None, CultureInfo.InvariantCulture, out position) || position < 1)
                {
                    return false;
                }

                name = text[..open];
            }

            name = name[(name.IndexOf(':', StringComparison.Ordinal) + 1)..];
            if (name.Length == 0 || name.Contains('(', StringComparison.Ordinal))
            {
                return false;
            }

            step = new Step(name, position);
            return true;
        }
    }
}
