using System.Xml;
using Org.XmlUnit.Diff;

namespace SpineConformance.Validation.Comparison;

/// <summary>Turns XMLUnit's differences into ours: a sentence a tester can act on, an XPath, the expected and actual values.</summary>
internal static class DifferenceDescriptions
{
    public static MessageDifference From(Org.XmlUnit.Diff.Comparison comparison, IReadOnlyDictionary<string, string> origins)
    {
        var expected = comparison.ControlDetails;
        var actual = comparison.TestDetails;
        var xpath = actual.Target is not null ? actual.XPath ?? actual.ParentXPath : expected.XPath ?? expected.ParentXPath;
        return comparison.Type switch
        {
            ComparisonType.CHILD_LOOKUP when actual.Target is null =>
                new(expected.XPath ?? expected.ParentXPath ?? "/", $"Missing {Kind(expected.Target)}", Show(expected.Target), MessageDifference.Absent),
            ComparisonType.CHILD_LOOKUP =>
                new(actual.XPath ?? actual.ParentXPath ?? "/", $"Unexpected {Kind(actual.Target)}", MessageDifference.Absent, Show(actual.Target)),
            ComparisonType.ATTR_NAME_LOOKUP when actual.Value is null =>
                new(expected.XPath ?? "/", "Missing attribute", "@" + expected.Value, MessageDifference.Absent),
            ComparisonType.ATTR_NAME_LOOKUP =>
                new(actual.XPath ?? "/", "Unexpected attribute", MessageDifference.Absent, "@" + actual.Value),
            ComparisonType.TEXT_VALUE => new(xpath ?? "/", "Text differs", Expected(expected, origins), Text(actual.Value)),
            ComparisonType.ATTR_VALUE => new(xpath ?? "/", "Attribute value differs", Expected(expected, origins), Text(actual.Value)),
            ComparisonType.NAMESPACE_URI => new(xpath ?? "/", "Namespace differs", Text(expected.Value), Text(actual.Value)),
            ComparisonType.ELEMENT_TAG_NAME => new(xpath ?? "/", "Element name differs", Text(expected.Value), Text(actual.Value)),
            _ => new(xpath ?? "/", Sentence(comparison.Type), Text(expected.Value), Text(actual.Value)),
        };
    }

    // A value that came from a scenario variable says so: "9434765919" from ${nhsNumber}.
    private static string Expected(Org.XmlUnit.Diff.Comparison.Detail expected, IReadOnlyDictionary<string, string> origins) =>
        TemplateNodeKey.Of(expected.Target) is { } key && origins.TryGetValue(key, out var origin)
            ? $"{Text(expected.Value)} from {origin}"
            : Text(expected.Value);

    private static string Kind(XmlNode? node) => node switch
    {
        XmlElement => "element",
        XmlText or XmlCDataSection => "text",
        _ => node?.NodeType.ToString().ToLowerInvariant() ?? "node",
    };

    private static string Show(XmlNode? node) => node switch
    {
        XmlElement element => $"<{element.Name}>" + (element.NamespaceURI.Length > 0 ? $" in {element.NamespaceURI}" : string.Empty),
        null => MessageDifference.Absent,
        _ => Text(node.Value),
    };

    private static string Text(object? value) => value switch
    {
        null => MessageDifference.Absent,
        string text => $"\"{text}\"",
        _ => value.ToString() ?? MessageDifference.Absent,
    };

    // XMLUnit's type names, as words: CHILD_NODELIST_SEQUENCE → "Child nodelist sequence differs".
    private static string Sentence(ComparisonType type)
    {
        var words = type.ToString().Replace('_', ' ').ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..] + " differs";
    }
}
