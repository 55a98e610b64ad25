using System.Xml;
using System.Xml.Linq;

namespace SpineConformance.Validation.Comparison;

/// <summary>
/// Where a value sits in a template, the same whether read from the template's XDocument or from the DOM XMLUnit builds
/// from it: element positions among element siblings, then the attribute or the text. It lets a report say which
/// variable an expected value came from.
/// </summary>
internal static class TemplateNodeKey
{
    public static string? Of(XObject node) => node switch
    {
        XAttribute { Parent: { } parent } attribute => Path(parent) + "@" + attribute.Name,
        XText { Parent: { } parent } => Path(parent) + "#text",
        _ => null,
    };

    public static string? Of(XmlNode? node) => node switch
    {
        XmlAttribute { OwnerElement: { } owner } attribute => Path(owner) + "@" + XName.Get(attribute.LocalName, attribute.NamespaceURI),
        XmlText or XmlCDataSection when node.ParentNode is XmlElement parent => Path(parent) + "#text",
        _ => null,
    };

    private static string Path(XElement element) =>
        string.Join('/', element.AncestorsAndSelf().Reverse().Select(e => e.Parent is null ? 0 : e.ElementsBeforeSelf().Count()));

    private static string Path(XmlElement element)
    {
        var steps = new Stack<int>();
        for (XmlNode? current = element; current is XmlElement e; current = e.ParentNode)
        {
            steps.Push(e.ParentNode is XmlElement parent ? parent.ChildNodes.OfType<XmlElement>().TakeWhile(c => c != e).Count() : 0);
        }

        return string.Join('/', steps);
    }
}
