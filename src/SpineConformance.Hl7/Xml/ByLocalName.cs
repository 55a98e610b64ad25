using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>
/// Navigation that ignores namespaces, for payloads whose namespace varies between Spine's own samples
/// (ACS: <c>crs</c>, none, or the HL7 default).
/// </summary>
public static class ByLocalName
{
    public static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    public static IEnumerable<XElement> Children(XElement? parent, string localName) =>
        parent?.Elements().Where(e => e.Name.LocalName == localName) ?? [];
}
