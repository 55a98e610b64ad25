using System.Xml.Linq;
using System.Xml.Schema;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Validation.Schema;

/// <summary>Validates an HL7 interaction element against a schema set, one finding per schema error.</summary>
public sealed class SchemaValidator(XmlSchemaSet schemas, string schemaSource)
{
    public const string RuleId = "SCHEMA";

    public static SchemaValidator Ours { get; } = new(SpineSchemaSet.Schemas, "SpineConformance schemas");

    public string SchemaSource { get; } = schemaSource;

    public IReadOnlyList<Finding> Validate(XElement interaction)
    {
        // Validate a detached copy: XDocument.Validate annotates the tree, and the caller's document must stay as received.
        var copy = new XDocument(new XElement(interaction));
        var findings = new List<Finding>();
        if (schemas.GlobalElements[new System.Xml.XmlQualifiedName(interaction.Name.LocalName, interaction.Name.NamespaceName)] is null)
        {
            findings.Add(new Finding(RuleId, null, ValidationLayer.Schema, Severity.Error, XmlPath.Of(interaction),
                $"an element declared by the {SchemaSource}", $"'{interaction.Name}'",
                $"No schema in the {SchemaSource} declares the element '{interaction.Name.LocalName}' in namespace '{interaction.Name.NamespaceName}'."));
            return findings;
        }

        copy.Validate(schemas, (sender, e) =>
        {
            var node = sender as XObject;
            var path = node switch
            {
                XAttribute a => XmlPath.Of(a),
                XElement el => XmlPath.Of(el),
                _ => XmlPath.Of(interaction),
            };
            findings.Add(new Finding(RuleId, null, ValidationLayer.Schema,
                e.Severity == XmlSeverityType.Error ? Severity.Error : Severity.Warning,
                path, $"valid against the {SchemaSource}", Actual(node), e.Message)
            {
                Line = LineInOriginal(interaction, node),
            });
        });
        return findings;
    }

    private static string Actual(XObject? node) => node switch
    {
        XAttribute a => $"'{a.Value}'",
        XElement e when !e.HasElements => $"'{e.Value}'",
        XElement e => $"<{e.Name.LocalName}>",
        _ => "(unknown)",
    };

    // The copy keeps no line information, so find the same place in the original by its path.
    private static int? LineInOriginal(XElement original, XObject? node)
    {
        if (node is null)
        {
            return null;
        }

        var element = node as XElement ?? node.Parent;
        var path = new Stack<int>();
        for (var current = element; current?.Parent is not null; current = current.Parent)
        {
            path.Push(current.ElementsBeforeSelf().Count());
        }

        var target = original;
        while (path.Count > 0 && target is not null)
        {
            target = target.Elements().ElementAtOrDefault(path.Pop());
        }

        return target is null ? null : XmlPath.LineOf(target);
    }
}
