using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Acs.AcsSharedQueryRules;
using static SpineConformance.Validation.Rules.Hl7Paths;

namespace SpineConformance.Validation.Acs;

/// <summary>
/// The payload rules of the two ACS queries (ACS.md §6.1 and §7, Spine's <c>GET_</c>/<c>HAS_RESOURCE_PERMISSIONS_UK01</c>
/// validators): <c>ErrorBase1712.*</c>. Get and Has share the resource-context rules (<see cref="AcsSharedQueryRules"/>);
/// Get asks through at most one <c>queryCriteria</c> (function code optional), Has through <c>accessControlSet</c>s
/// (function code and accessor mandatory).
/// </summary>
public static class AcsQueryRules
{
    private static readonly AcsQueryShape GetQuery = new("ACS-GET", "getResourcePermissionsRequest", "queryCriteria", "ACS.md §6.1 [C]");

    private static readonly AcsQueryShape HasQuery = new("ACS-HAS", "hasResourcePermissionsRequest", "accessControlSet", "ACS.md §7 [C]; fault names as for Get [I]");

    private static readonly Violation[] None = [];

    public static IReadOnlyList<MessageRule> Get { get; } =
    [
        ContextRoot(GetQuery, "ACS-GET-RESOURCE-CONTEXT-ROOT"),
        ContextCardinality(GetQuery, "ACS-GET-RESOURCE-CONTEXT-EXTENSION"),
        ContextTooLong(GetQuery, "ACS-GET-RESOURCE-CONTEXT-TOO-LONG"),
        ContextTooShort(GetQuery, "ACS-GET-RESOURCE-CONTEXT-TOO-SHORT"),
        NhsNumberValid(GetQuery, "ACS-GET-NHS-NUMBER"),
        GetQuery.Rule("ACS-GET-QUERY-CRITERIA-CARDINALITY", "ErrorBase1712.INVALID_ACA_CARDINALITY", "accessControlQuery has at most one queryCriteria",
            m => GetQuery.Groups(m).Skip(1).FirstOrDefault() is { } second
                ? [new Violation(XmlPath.Of(second), "at most one queryCriteria", $"{GetQuery.Groups(m).Count()}") { Node = second }]
                : None),
        ResourceType(GetQuery, "ACS-GET-RESOURCE-TYPE"),
        ResourceId(GetQuery, "ACS-GET-RESOURCE-ID"),
        FunctionContext(GetQuery, "ACS-GET-FUNCTION-CONTEXT"),
        ResourceIdIsNhsNumber(GetQuery, "ACS-GET-RESOURCE-ID-IS-NHS-NUMBER"),
    ];

    public static IReadOnlyList<MessageRule> Has { get; } =
    [
        ContextRoot(HasQuery, "ACS-HAS-RESOURCE-CONTEXT-ROOT"),
        ContextCardinality(HasQuery, "ACS-HAS-RESOURCE-CONTEXT-EXTENSION"),
        ContextTooLong(HasQuery, "ACS-HAS-RESOURCE-CONTEXT-TOO-LONG"),
        ContextTooShort(HasQuery, "ACS-HAS-RESOURCE-CONTEXT-TOO-SHORT"),
        NhsNumberValid(HasQuery, "ACS-HAS-NHS-NUMBER"),
        HasQuery.Rule("ACS-HAS-ACCESS-CONTROL-SET", "ErrorBase1712.INVALID_ACA_CARDINALITY", "accessControlQuery has at least one accessControlSet",
            m => HasQuery.Query(m) is { } query && !HasQuery.Groups(m).Any()
                ? [new Violation(XmlPath.Of(query) + "/crs:accessControlSet", "at least one accessControlSet", "none") { Node = query }]
                : None),
        ResourceType(HasQuery, "ACS-HAS-RESOURCE-TYPE"),
        ResourceId(HasQuery, "ACS-HAS-RESOURCE-ID"),
        FunctionContext(HasQuery, "ACS-HAS-FUNCTION-CONTEXT"),
        ResourceIdIsNhsNumber(HasQuery, "ACS-HAS-RESOURCE-ID-IS-NHS-NUMBER"),
        HasQuery.Rule("ACS-HAS-FUNCTION-CODE", "ErrorBase1712.MANDATORY_DATA_MISSING", "Each accessControlSet/function has a code (mandatory in Has)",
            m => HasQuery.Groups(m).SelectMany(set => FunctionPart(set, "code")), "ACS.md §7 [C]; fault name [I]"),
        HasQuery.Rule("ACS-HAS-ACCESSOR", "ErrorBase1712.MANDATORY_DATA_MISSING",
            "Each accessControlSet has an accessor with a type and either accessorId/id (root and extension) or accessorId/name",
            m => HasQuery.Groups(m).SelectMany(CheckAccessor), "ACS.md §7 [C]; fault name [I]"),
    ];

    private static IEnumerable<Violation> CheckAccessor(XElement set)
    {
        var accessor = ByLocalName.Child(set, "accessor");
        var type = ByLocalName.Child(accessor, "type")?.Value.Trim();
        var accessorId = ByLocalName.Child(accessor, "accessorId");
        var id = ByLocalName.Child(accessorId, "id");
        var name = ByLocalName.Child(accessorId, "name")?.Value.Trim();
        var idComplete = !string.IsNullOrEmpty(id?.Attribute(AttributeNames.Root)?.Value) && !string.IsNullOrEmpty(id?.Attribute(AttributeNames.Extension)?.Value);
        return !string.IsNullOrEmpty(type) && (idComplete || !string.IsNullOrEmpty(name))
            ? None
            : [new Violation(XmlPath.Of(accessor ?? set) + (accessor is null ? "/crs:accessor" : string.Empty),
                "an accessor with a type and an accessorId (id with root and extension, or a name)",
                accessor is null ? "(absent)" : $"type {Describe(type)}, id {(id is null ? "(absent)" : idComplete ? "complete" : "incomplete")}, name {Describe(name)}")
            { Node = accessor ?? set }];
    }
}
