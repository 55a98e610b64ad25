using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// A place in an LR message a rule looks at: the element when it is there, and always an XPath to report. When a step is
/// missing, the XPath names the missing steps under the deepest element found, which is also the node given for its line.
/// The XPath is worked out only when a finding asks for it, from what the node keeps (the deepest element found, the
/// numbering of a repeated element's siblings, the names not found): most nodes pass, so looking at one allocates nothing
/// for its path, and building a positional path for each of a batch's 10 000 patients just to look at them made the batch
/// rules quadratic.
/// </summary>
internal readonly struct LrNode
{
    // The numbering of the siblings of `numbered` (an ancestor-or-self of Nearest), when the node was reached through
    // Children; the XPath then starts from its path instead of walking the siblings.
    private readonly ChildPaths? numbering;
    private readonly XElement? numbered;
    private readonly string[]? missing;

    private LrNode(XElement? element, XElement nearest, ChildPaths? numbering, XElement? numbered, string[]? missing)
    {
        Element = element;
        Nearest = nearest;
        this.numbering = numbering;
        this.numbered = numbered;
        this.missing = missing;
    }

    public XElement? Element { get; }

    /// <summary>The element itself, or the deepest element found on the way to it.</summary>
    public XObject? Nearest { get; }

    public string XPath => PathOf((XElement)Nearest!) + (missing is null ? string.Empty : Missing(missing));

    public bool Exists => Element is not null;

    public string? Attribute(string name) => Element?.Attribute(name)?.Value;

    public string AttributePath(string name) => Element is null ? XPath : $"{XPath}/@{name}";

    /// <summary>Walks <paramref name="localNames"/> down from <paramref name="start"/>, by local name.</summary>
    public static LrNode At(XElement start, params ReadOnlySpan<string> localNames) => Walk(start, null, null, localNames);

    /// <summary>Walks <paramref name="localNames"/> down from a node already found, extending its XPath.</summary>
    public static LrNode At(LrNode start, params ReadOnlySpan<string> localNames) =>
        start.Element is { } element
            ? Walk(element, start.numbering, start.numbered, localNames)
            : new LrNode(null, (XElement)start.Nearest!, start.numbering, start.numbered, [.. start.missing ?? [], .. localNames]);

    /// <summary>Every element reached by <paramref name="localNames"/>, where the last step may repeat.</summary>
    public static IEnumerable<LrNode> Each(XElement start, params string[] localNames) =>
        At(start, localNames.AsSpan(0, localNames.Length - 1)).Element is { } parent ? Children(parent, ByLocalName.Children(parent, localNames[^1])) : [];

    /// <summary><paramref name="children"/> of <paramref name="parent"/> as nodes, their XPaths numbered in one pass when one is asked for.</summary>
    public static IEnumerable<LrNode> Children(XElement parent, IEnumerable<XElement> children)
    {
        var paths = new ChildPaths(parent);
        return children.Select(e => new LrNode(e, e, paths, e, null));
    }

    private static LrNode Walk(XElement start, ChildPaths? numbering, XElement? numbered, ReadOnlySpan<string> localNames)
    {
        var current = start;
        var found = 0;
        while (found < localNames.Length && ByLocalName.Child(current, localNames[found]) is { } next)
        {
            current = next;
            found++;
        }

        return found == localNames.Length
            ? new LrNode(current, current, numbering, numbered, null)
            : new LrNode(null, current, numbering, numbered, localNames[found..].ToArray());
    }

    // The path of an element found: from the numbering when the node has one, else the element's own absolute path.
    private string PathOf(XElement element)
    {
        if (numbering is null || numbered is null)
        {
            return XmlPath.Of(element);
        }

        var below = new Stack<string>();
        for (var current = element; current != numbered; current = current.Parent!)
        {
            below.Push("/" + XmlPath.Step(current));
        }

        return numbering.Of(numbered) + string.Concat(below);
    }

    private static string Missing(IEnumerable<string> localNames) => string.Concat(localNames.Select(n => "/hl7:" + n));
}
