using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Oracle.Tests.Schemas;

/// <summary>
/// Judges an HL7 interaction element against an official schema. Deliberately independent of the product's own
/// validator: the point of an oracle is that the product's schemas and code do not mark their own homework.
/// </summary>
public static class OfficialSchemaOracle
{
    private static readonly XNamespace Hl7 = SpineNamespaces.Hl7;

    /// <summary>Every error and warning, in document order; empty means the official schema accepts the element.</summary>
    public static IReadOnlyList<SchemaError> Validate(XElement interaction, OfficialSchema schema)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        ArgumentNullException.ThrowIfNull(schema);
        var errors = new List<SchemaError>();
        if (interaction.Name != Hl7 + schema.InteractionId)
        {
            errors.Add(new SchemaError("Error", "/" + XmlPath.Prefixed(interaction.Name),
                $"The element is {interaction.Name}, but {schema} declares {{{Hl7.NamespaceName}}}{schema.InteractionId}."));
            return errors;
        }

        // A detached copy in its own document: validation annotates the tree, and the caller's message must stay as it was.
        var copy = new XDocument(new XElement(interaction));
        copy.Validate(OfficialSchemaSets.For(schema), (sender, e) => errors.Add(new SchemaError(e.Severity.ToString(), PathOf(sender), e.Message)));
        return errors;
    }

    /// <summary>Fails the test naming the schema, every error with its XPath, and the message itself.</summary>
    public static void AssertValid(XElement interaction, OfficialSchema schema, string what)
    {
        var errors = Validate(interaction, schema);
        Assert.That(errors, Is.Empty, () =>
            $"{what} is rejected by the official schema {schema} ({errors.Count} errors):{Environment.NewLine}" +
            string.Join(Environment.NewLine, errors.Select(error => "  " + error)) +
            $"{Environment.NewLine}The message:{Environment.NewLine}{interaction}");
    }

    private static string PathOf(object? sender) => sender switch
    {
        XAttribute attribute => XmlPath.Of(attribute),
        XElement element => XmlPath.Of(element),
        _ => "(document)",
    };

    /// <summary>Reads a message as the product's readers do: no DTDs, no resolution, bounded size.</summary>
    public static XDocument Load(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, MaxCharactersInDocument = HardenedXml.DefaultMaxCharacters };
        using var stream = new MemoryStream(body, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader);
    }
}
