using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The HL7 data types the LR payloads are made of, written in the HL7 namespace and read by local name
/// (Spine's own samples and test transforms are not consistent about namespaces or case).
/// </summary>
public static class LrXml
{
    public static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public static XElement Id(string name, Hl7Id id) =>
        new(V3 + name, new XAttribute("root", id.Root), id.Extension is null ? null : new XAttribute("extension", id.Extension));

    public static XElement Code(string name, Hl7Code code) =>
        new(V3 + name,
            new XAttribute("code", code.Code),
            code.CodeSystem is null ? null : new XAttribute("codeSystem", code.CodeSystem),
            code.DisplayName is null ? null : new XAttribute("displayName", code.DisplayName),
            code.OriginalText is null ? null : new XElement(V3 + "originalText", code.OriginalText));

    public static XElement Value(string name, string value) => new(V3 + name, new XAttribute("value", value));

    /// <summary>An element with HL7 structural attributes (<c>classCode</c>, <c>moodCode</c>, <c>typeCode</c>…) then content.</summary>
    public static XElement Act(string name, string? classCode, string? moodCode, params object?[] content) =>
        new(V3 + name,
            classCode is null ? null : new XAttribute("classCode", classCode),
            moodCode is null ? null : new XAttribute("moodCode", moodCode),
            content);

    public static XElement Relationship(string name, string typeCode, params object?[] content) =>
        new(V3 + name, new XAttribute("typeCode", typeCode), content);

    public static XElement Entity(string name, string classCode, params object?[] content) =>
        new(V3 + name, new XAttribute("classCode", classCode), new XAttribute("determinerCode", "INSTANCE"), content);

    public static XElement? Child(XElement? parent, string localName) => ByLocalName.Child(parent, localName);

    public static IEnumerable<XElement> Children(XElement? parent, string localName) => ByLocalName.Children(parent, localName);

    public static XElement? Path(XElement? start, params string[] localNames) =>
        localNames.Aggregate(start, (current, name) => Child(current, name));

    public static Hl7Id? ReadId(XElement? id) =>
        id is null ? null : new Hl7Id(id.Attribute(AttributeNames.Root)?.Value ?? string.Empty, id.Attribute(AttributeNames.Extension)?.Value);

    public static Hl7Code? ReadCode(XElement? code) =>
        code is null ? null : new Hl7Code(code.Attribute(AttributeNames.Code)?.Value ?? string.Empty, code.Attribute(AttributeNames.CodeSystem)?.Value, code.Attribute(AttributeNames.DisplayName)?.Value)
        {
            OriginalText = Child(code, "originalText")?.Value,
        };

    public static string? ReadValue(XElement? element) => element?.Attribute(AttributeNames.Value)?.Value;

    public static string? ReadText(XElement? element) => element?.Value;

    /// <summary>An id that must be there for the record to make sense; an empty id marks what was missing.</summary>
    public static Hl7Id RequiredId(XElement? id) => ReadId(id) ?? Missing;

    public static Hl7Code RequiredCode(XElement? code) => ReadCode(code) ?? new Hl7Code(string.Empty);

    public static Hl7Id Missing { get; } = new(string.Empty);
}
