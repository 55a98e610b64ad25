using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// A place in an LR message a rule looks at: the element when it is there, and always an XPath to report. When a step is
/// missing, the XPath names the missing steps under the deepest element found, which is also the node given for its line.
/// </summary>
internal readonly record struct LrNode(XElement? Element, string XPath, XObject? Nearest)
{
    public bool Exists => Element is not null;

    public string? Attribute(string name) => Element?.Attribute(name)?.Value;

    public string AttributePath(string name) => Element is null ? XPath : $"{XPath}/@{name}";

    /// <summary>Walks <paramref name="localNames"/> down from <paramref name="start"/>, by local name.</summary>
    public static LrNode At(XElement start, params string[] localNames)
    {
        var current = start;
        var found = 0;
        while (found < localNames.Length && ByLocalName.Child(current, localNames[found]) is { } next)
        {
            current = next;
            found++;
        }

        var path = XmlPath.Of(current) + string.Concat(localNames[found..].Select(n => "/hl7:" + n));
        return new LrNode(found == localNames.Length ? current : null, path, current);
    }

    /// <summary>Every element reached by <paramref name="localNames"/>, where the last step may repeat.</summary>
    public static IEnumerable<LrNode> Each(XElement start, params string[] localNames)
    {
        var parent = At(start, localNames[..^1]).Element;
        return ByLocalName.Children(parent, localNames[^1]).Select(e => new LrNode(e, XmlPath.Of(e), e));
    }
}
