using System.Xml.Linq;

namespace SpineConformance.Hl7.Xml;

/// <summary>Absolute XPaths for elements and attributes, with the prefixes Spine's documents use.</summary>
public static class XmlPath
{
    /// <summary>
    /// The element's absolute XPath. Each step costs a walk over the element's same-named siblings, so a caller naming many
    /// children of one parent (10 000 patients in a batch) takes <see cref="ChildPaths"/> instead.
    /// </summary>
    public static string Of(XElement element)
    {
        var steps = new Stack<string>();
        for (var current = element; current is not null; current = current.Parent)
        {
            steps.Push(Step(current));
        }

        return "/" + string.Join('/', steps);
    }

    public static string Of(XAttribute attribute) =>
        attribute.Parent is null ? "@" + attribute.Name.LocalName : Of(attribute.Parent) + "/@" + attribute.Name.LocalName;

    /// <summary>The element's own step: its prefixed name, with its position when its parent has several of that name.</summary>
    public static string Step(XElement element)
    {
        var name = Prefixed(element.Name);
        var siblings = element.Parent?.Elements(element.Name).ToList();
        return siblings is { Count: > 1 } ? $"{name}[{siblings.IndexOf(element) + 1}]" : name;
    }

    /// <summary>A step at a known position among <paramref name="count"/> same-named siblings, as <see cref="Step(System.Xml.Linq.XElement)"/> writes it.</summary>
    public static string Step(XName name, int position, int count) =>
        count > 1 ? $"{Prefixed(name)}[{position}]" : Prefixed(name);

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

    /// <summary>The line <paramref name="node"/> starts on as it was read, or null when it was not read from a document (built, or copied).</summary>
    public static int? LineOf(XObject node) =>
        node is System.Xml.IXmlLineInfo info && info.HasLineInfo() ? info.LineNumber : LinesOnDemand.LineOf(node);
}
