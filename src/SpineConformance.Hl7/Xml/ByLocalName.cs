using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// Navigation that ignores namespaces, for payloads whose namespace varies between Spine's own samples
/// (ACS: <c>crs</c>, none, or the HL7 default).
/// </summary>
public static class ByLocalName
{
    /// <summary>
    /// The first child element named <paramref name="localName"/> in any namespace. Walks the child nodes directly: every
    /// rule asks this several times per request, and an enumerator and a captured predicate each time added up.
    /// </summary>
    public static XElement? Child(XElement? parent, string localName)
    {
        for (var node = parent?.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement element && element.Name.LocalName == localName)
            {
                return element;
            }
        }

        return null;
    }

    public static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent is null ? [] : ChildrenOf(parent, localName);

    private static IEnumerable<XElement> ChildrenOf(XElement parent, string localName)
    {
        for (var node = parent.FirstNode; node is not null; node = node.NextNode)
        {
            if (node is XElement element && element.Name.LocalName == localName)
            {
                yield return element;
            }
        }
    }
}
