using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;
using SpineConformance.Oracle.Tests.Schemas;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>
/// The HL7 interaction element inside a journaled message: the element under <c>SOAP-ENV:Body</c> for a sync request, the
/// one inside the response wrapper (<c>getResourcePermissionsResponse</c>, <c>queryDetailsResponse</c>, …) for a sync
/// answer, or the HL7 payload part of an ebXML message (an async LR request, or Spine's asynchronous reply).
/// </summary>
internal static class JournalMessage
{
    private static readonly XNamespace Soap = SpineNamespaces.Soap;
    private static readonly XNamespace Hl7 = SpineNamespaces.Hl7;

    private static readonly HashSet<string> ResponseWrappers = new(StringComparer.Ordinal)
    {
        "getResourcePermissionsResponse", "setResourcePermissionsResponse", "hasResourcePermissionsResponse",
        "queryConfirmationResponse", "queryDetailsResponse", "queryBatchConfirmationResponse", "identifyUserRoleProfilesQueryResponse",
        "workgroupMemberQueryResponse",
    };

    /// <summary>The interaction element; fails the test, quoting the message, when there is none (a SOAP fault, say).</summary>
    public static XElement Interaction(byte[] body, string what)
    {
        var document = OfficialSchemaOracle.Load(body);
        var interaction = InteractionOrNull(document);
        Assert.That(interaction, Is.Not.Null, () => NoInteraction(what, document));
        return interaction!;
    }

    /// <summary>The HL7 payload of an ebXML message; fails the test, naming the packaging problems, when there is none.</summary>
    public static XElement EbxmlPayload(string? contentType, byte[] body, string what)
    {
        var payload = EbxmlPayloadOrNull(contentType, body, out var problems);
        Assert.That(payload, Is.Not.Null, () => $"{what} carries no HL7 payload an official schema could judge: {problems}");
        return payload!;
    }

    public static XElement? EbxmlPayloadOrNull(string? contentType, byte[] body, out string problems)
    {
        var read = EbxmlReader.Read(contentType, body);
        problems = read.IsWellPackaged ? "the payload part is empty or not HL7" : string.Join("; ", read.Problems.Select(p => p.Message));
        var root = read.Message.Payload?.Root;
        return root?.Name.Namespace == Hl7 ? root : null;
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
