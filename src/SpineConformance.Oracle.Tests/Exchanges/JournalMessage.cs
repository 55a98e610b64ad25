using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using SpineConformance.Oracle.Tests.Schemas;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>
/// The HL7 interaction element inside a journaled SOAP message: the element under <c>SOAP-ENV:Body</c> for a request,
/// or the one inside the response wrapper (<c>getResourcePermissionsResponse</c>, …) for an answer.
/// </summary>
internal static class JournalMessage
{
    private static readonly XNamespace Soap = SpineNamespaces.Soap;
    private static readonly XNamespace Hl7 = SpineNamespaces.Hl7;

    private static readonly HashSet<string> ResponseWrappers = new(StringComparer.Ordinal)
    {
        "getResourcePermissionsResponse", "setResourcePermissionsResponse", "hasResourcePermissionsResponse",
    };

    /// <summary>The interaction element; fails the test, quoting the message, when there is none (a SOAP fault, say).</summary>
    public static XElement Interaction(byte[] body, string what)
    {
        var document = OfficialSchemaOracle.Load(body);
        var interaction = InteractionOrNull(document);
        Assert.That(interaction, Is.Not.Null, () => NoInteraction(what, document));
        return interaction!;
    }

    public static XElement? InteractionOrNull(XDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var first = document.Root?.Element(Soap + "Body")?.Elements().FirstOrDefault();
        var interaction = first is not null && ResponseWrappers.Contains(first.Name.LocalName) ? first.Elements().FirstOrDefault() : first;
        return interaction?.Name.Namespace == Hl7 ? interaction : null;
    }

    public static string NoInteraction(string what, XDocument document) =>
        $"{what} carries no HL7 interaction under SOAP-ENV:Body (or its response wrapper), so no official schema can judge it:{Environment.NewLine}{document}";

    public static string? AcknowledgementTypeCode(XElement interaction) =>
        interaction.Element(Hl7 + "acknowledgement")?.Attribute("typeCode")?.Value;
}
