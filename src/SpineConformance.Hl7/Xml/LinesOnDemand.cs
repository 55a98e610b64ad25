using System.Xml;
using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// The line numbers of a document read from bytes, worked out only when something asks for one. Keeping a line for every
/// node as it is read costs every request about a sixth of its reading time and memory, yet a line is wanted only for a
/// finding, and most messages have none. So a document read from bytes keeps the bytes (not a copy) in this annotation,
/// and the first line asked for reads them once more with line information, pairing each node and attribute with its
/// twin in that reading (the same reader and settings give the same tree) in one walk; every later line is a look-up,
/// so a batch with a finding for each of 10 000 patients still costs one walk.
/// </summary>
internal sealed class LinesOnDemand(byte[] bytes, long maxCharacters)
{
    private Dictionary<XObject, int>? lines;

    /// <summary>The line of <paramref name="node"/> in the document this annotates, or null when it is not from that document as read.</summary>
    public static int? LineOf(XObject node)
    {
        if (node.Document is not { } document || document.Annotation<LinesOnDemand>() is not { } onDemand)
        {
            return null;
        }

        // Two threads asking at once may both work the lines out; either answer is the same.
        var lines = Volatile.Read(ref onDemand.lines) ?? Interlocked.CompareExchange(ref onDemand.lines, onDemand.Pair(document), null) ?? onDemand.lines!;
        return lines.TryGetValue(node, out var line) ? line : null;
    }

    private Dictionary<XObject, int> Pair(XDocument document)
    {
        var lines = new Dictionary<XObject, int>(ReferenceEqualityComparer.Instance);
        if (HardenedXml.LoadWithLines(bytes, maxCharacters).Document is { } read)
        {
            Pair(document, read, lines);
        }

        return lines;
    }

    // Nesting is bounded by the reader (HardenedXml.DefaultMaxDepth), so the recursion is too.
    private static void Pair(XContainer original, XContainer read, Dictionary<XObject, int> lines)
    {
        using var originals = original.Nodes().GetEnumerator();
        using var reads = read.Nodes().GetEnumerator();
        while (originals.MoveNext() && reads.MoveNext())
        {
            Add(originals.Current, reads.Current, lines);
            if (originals.Current is XElement element && reads.Current is XElement twin)
            {
                for (XAttribute? a = element.FirstAttribute, b = twin.FirstAttribute; a is not null && b is not null; a = a.NextAttribute, b = b.NextAttribute)
                {
                    Add(a, b, lines);
                }

                Pair(element, twin, lines);
            }
        }
    }

    private static void Add(XObject original, XObject read, Dictionary<XObject, int> lines)
    {
        if (read is IXmlLineInfo info && info.HasLineInfo())
        {
            lines[original] = info.LineNumber;
        }
    }
}
