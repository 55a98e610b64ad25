using System.Xml;
using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// The line numbers of a document read from bytes, worked out only when something asks for one. Keeping a line for every
/// node as it is read costs every request about a sixth of its reading time and memory, yet a line is wanted only for a
/// finding, and most messages have none. So a document read from bytes keeps the bytes (not a copy) in this annotation,
/// and the first line asked for reads them once more with line information; a node is then found in that reading by its
/// position, which is the same because the reader and its settings are the same.
/// </summary>
internal sealed class LinesOnDemand(byte[] bytes, long maxCharacters)
{
    private readonly Lazy<XDocument?> withLines = new(
        () => HardenedXml.LoadWithLines(bytes, maxCharacters).Document, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The line of <paramref name="node"/> in the document this annotates, or null when it is not from that document as read.</summary>
    public static int? LineOf(XObject node)
    {
        var lines = node.Document?.Annotation<LinesOnDemand>();
        if (lines is null || lines.withLines.Value is not { } read)
        {
            return null;
        }

        return Find(node, read) is IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
    }

    // The same node in the document read with lines: the same child positions from the root down, then the same attribute.
    private static XObject? Find(XObject node, XDocument read)
    {
        if (node is XDocument)
        {
            return read;
        }

        if (node is XAttribute attribute)
        {
            return attribute.Parent is { } owner && Find(owner, read) is XElement found ? found.Attribute(attribute.Name) : null;
        }

        var child = (XNode)node;
        if (child.Parent is null)
        {
            return child.Document is { } document && read.Nodes().ElementAtOrDefault(IndexIn(document.Nodes(), child)) is { } top ? top : null;
        }

        return Find(child.Parent, read) is XElement parent ? parent.Nodes().ElementAtOrDefault(IndexIn(child.Parent.Nodes(), child)) : null;
    }

    private static int IndexIn(IEnumerable<XNode> siblings, XNode node)
    {
        var index = 0;
        foreach (var sibling in siblings)
        {
            if (ReferenceEquals(sibling, node))
            {
                return index;
            }

            index++;
        }

        return -1;
    }
}
