using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// A place in an LR message a rule looks at: the element when it is there, and always an XPath to report. When a step is
/// missing, the XPath names the missing steps under the deepest element found, which is also the node given for its line.
/// The XPath is worked out only when a finding asks for it: most nodes pass, and building a positional path for each of a
/// batch's 10 000 patients just to look at them made the batch rules quadratic.
/// </summary>
internal readonly struct LrNode
{
    private readonly Lazy<string> xPath;

    private LrNode(XElement? element, XObject? nearest, Func<string> xPath)
    {
        Element = element;
        Nearest = nearest;
        this.xPath = new Lazy<string>(xPath, LazyThreadSafetyMode.None);
    }

    public XElement? Element { get; }

    public XObject? Nearest { get; }

    public string XPath => xPath.Value;

    public bool Exists => Element is not null;

    public string? Attribute(string name) => Element?.Attribute(name)?.Value;

    public string AttributePath(string name) => Element is null ? XPath : $"{XPath}/@{name}";

    /// <summary>Walks <paramref name="localNames"/> down from <paramref name="start"/>, by local name.</summary>
    public static LrNode At(XElement start, params string[] localNames) => Walk(start, () => XmlPath.Of(start), localNames);

    /// <summary>Walks <paramref name="localNames"/> down from a node already found, extending its XPath.</summary>
    public static LrNode At(LrNode start, params string[] localNames) =>
        start.Element is { } element
            ? Walk(element, () => start.XPath, localNames)
            : new LrNode(null, start.Nearest, () => start.XPath + Missing(localNames));

    /// <summary>Every element reached by <paramref name="localNames"/>, where the last step may repeat.</summary>
    public static IEnumerable<LrNode> Each(XElement start, params string[] localNames) =>
        At(start, localNames[..^1]).Element is { } parent ? Children(parent, ByLocalName.Children(parent, localNames[^1])) : [];

    /// <summary><paramref name="children"/> of <paramref name="parent"/> as nodes, their XPaths numbered in one pass.</summary>
    public static IEnumerable<LrNode> Children(XElement parent, IEnumerable<XElement> children)
    {
        var paths = new ChildPaths(parent);
        return children.Select(e => new LrNode(e, e, () => paths.Of(e)));
    }

    private static LrNode Walk(XElement start, Func<string> startPath, string[] localNames)
    {
        var current = start;
        var found = new List<XElement>(localNames.Length);
        while (found.Count < localNames.Length && ByLocalName.Child(current, localNames[found.Count]) is { } next)
        {
            current = next;
            found.Add(next);
        }

        var missing = localNames[found.Count..];
        return new LrNode(missing.Length == 0 ? current : null, current,
            () => startPath() + string.Concat(found.Select(e => "/" + XmlPath.Step(e))) + Missing(missing));
    }

    private static string Missing(IEnumerable<string> localNames) => string.Concat(localNames.Select(n => "/hl7:" + n));
}
