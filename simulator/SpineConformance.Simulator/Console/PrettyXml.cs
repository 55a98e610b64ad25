using System.Xml;
using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Simulator.WebConsole;

/// <summary>
/// One XML document indented for reading, remembering where each element of the document as received now sits
/// (its first and last line in the indented text), so a finding's XPath can be shown in place.
/// </summary>
internal sealed class PrettyXml
{
    private readonly Dictionary<XElement, XElement> indentedByReceived;
    private readonly int firstLine;

    private PrettyXml(XDocument received, XDocument indented, string text, int firstLine)
    {
        Received = received;
        Text = text;
        this.firstLine = firstLine;
        // Indenting changes only whitespace, so both documents hold the same elements in the same order.
        indentedByReceived = received.Descendants().Zip(indented.Descendants()).ToDictionary(pair => pair.First, pair => pair.Second);
    }

    /// <summary>The document as received, with the line numbers of the original text.</summary>
    public XDocument Received { get; }

    public string Text { get; }

    /// <summary>Indents <paramref name="document"/> (read with line information), to start at <paramref name="firstLine"/> of the whole view.</summary>
    public static PrettyXml? From(XDocument document, int firstLine = 1)
    {
        var text = (document.Declaration is null ? string.Empty : document.Declaration + "\n") + document.ToString(SaveOptions.None).ReplaceLineEndings("\n").TrimStart('\n');
        var indented = HardenedXml.Load(text);
        return indented.Document is null ? null : new PrettyXml(document, indented.Document, text, firstLine);
    }

    /// <summary>The lines (of the whole view) that <paramref name="element"/> of the received document occupies.</summary>
    public (int From, int To) LinesOf(XElement element)
    {
        var indented = indentedByReceived[element];
        var from = ((IXmlLineInfo)indented).LineNumber;
        var span = indented.ToString(SaveOptions.None).ReplaceLineEndings("\n").Count(c => c == '\n');
        return (firstLine - 1 + from, firstLine - 1 + from + span);
    }

    /// <summary>The last element starting at or before <paramref name="line"/> of the text as received.</summary>
    public XElement? ElementAtReceivedLine(int line) =>
        Received.Descendants().LastOrDefault(e => XmlPath.LineOf(e) is { } start && start <= line);
}
