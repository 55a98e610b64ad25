using System.Xml.Linq;
using SpineConformance.Hl7.Xml;

namespace SpineConformance.Hl7.Wrappers;

/// <summary>
/// Who a request says it comes from, read leniently from its <c>ControlActEvent</c>: the user in <c>author</c>
/// (any part may be missing) and the systems in <c>author1</c>.
/// </summary>
public sealed record ControlActAuthors(string? RoleProfileId, string? UserId, string? JobRole, IReadOnlyList<string> SystemIds)
{
    private static readonly XNamespace V3 = SpineNamespaces.Hl7;

    public static ControlActAuthors Read(XElement? controlActEvent)
    {
        var agent = controlActEvent?.Element(V3 + "author")?.Element(V3 + "AgentPersonSDS");
        return new ControlActAuthors(
            agent?.Element(V3 + "id")?.Attribute(AttributeNames.Extension)?.Value,
            agent?.Element(V3 + "agentPersonSDS")?.Element(V3 + "id")?.Attribute(AttributeNames.Extension)?.Value,
            agent?.Element(V3 + "part")?.Element(V3 + "partSDSRole")?.Element(V3 + "id")?.Attribute(AttributeNames.Extension)?.Value,
            controlActEvent?.Elements(V3 + "author1")
                .Select(a => a.Descendants(V3 + "id").FirstOrDefault()?.Attribute(AttributeNames.Extension)?.Value)
                .OfType<string>()
                .ToList() ?? []);
    }
}
