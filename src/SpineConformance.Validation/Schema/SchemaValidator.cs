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

    private static readonly XName XsiType = XNamespace.Get("http://www.w3.org/2001/XMLSchema-instance") + "type";

    public IReadOnlyList<Finding> Validate(XElement interaction)
    {
        var findings = new List<Finding>();
        var declaration = schemas.GlobalElements[new System.Xml.XmlQualifiedName(interaction.Name.LocalName, interaction.Name.NamespaceName)];
        if (declaration is null)
        {
            findings.Add(new Finding(RuleId, null, ValidationLayer.Schema, Severity.Error, XmlPath.Of(interaction),
                $"an element declared by the {SchemaSource}", $"'{interaction.Name}'",
                $"No schema in the {SchemaSource} declares the element '{interaction.Name.LocalName}' in namespace '{interaction.Name.NamespaceName}'."));
            return findings;
        }

        // Most messages are valid: checked where they are (validation without schema info changes nothing in the tree),
        // they need no copy. Any complaint, or an xsi:type (whose prefix the copy may resolve differently), takes the
        // copy below, so the findings are always the copy's.
        if (!UsesXsiType(interaction) && IsValidInPlace(interaction, declaration))
        {
            return findings;
        }

        // Validate a detached copy: the findings' paths and the schema's view start at the interaction, as sent.
        var copy = new XDocument(new XElement(interaction));
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

    private bool IsValidInPlace(XElement interaction, XmlSchemaObject declaration)
    {
        var clean = true;
        interaction.Validate(declaration, schemas, (_, _) => clean = false);
        return clean;
    }

    private static bool UsesXsiType(XElement interaction)
    {
        foreach (var element in interaction.DescendantsAndSelf())
        {
            if (element.Attribute(XsiType) is not null)
            {
                return true;
            }
        }

        return false;
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
