using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>Absolute XPaths for elements and attributes, with the prefixes Spine's documents use.</summary>
public static class XmlPath
{
    public static string Of(XElement element)
    {
        var steps = new Stack<string>();
        for (var current = element; current is not null; current = current.Parent)
        {
            var name = Prefixed(current.Name);
            var siblings = current.Parent?.Elements(current.Name).ToList();
            steps.Push(siblings is { Count: > 1 } ? $"{name}[{siblings.IndexOf(current) + 1}]" : name);
        }

        return "/" + string.Join('/', steps);
    }

    public static string Of(XAttribute attribute) =>
        attribute.Parent is null ? "@" + attribute.Name.LocalName : Of(attribute.Parent) + "/@" + attribute.Name.LocalName;

    public static string Prefixed(XName name)
    {
        var ns = name.Namespace;
        string? prefix =
            ns == SpineNamespaces.Soap ? "SOAP-ENV"
            : ns == SpineNamespaces.Wsa ? "wsa"
            : ns == SpineNamespaces.Hl7 ? "hl7"
            : ns == SpineNamespaces.Crs ? "crs"
            : ns == SpineNamespaces.Nasp ? "nasp"
            : null;
        return prefix is null ? name.LocalName : $"{prefix}:{name.LocalName}";
    }

    public static int? LineOf(XObject node) =>
        node is System.Xml.IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : null;
}
