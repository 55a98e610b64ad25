using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Acs;

/// <summary>
/// The Get resource permissions payload rules (ACS.md §6.1, Spine's <c>GET_RESOURCE_PERMISSIONS_UK01</c> validator):
/// <c>ErrorBase1712.*</c>.
/// </summary>
public static class AcsGetRules
{
    private const string QueryPath = "/hl7:ControlActEvent/crs:getResourcePermissionsRequest/crs:accessControlQuery";

    public static MessageRule ResourceContextRoot { get; } = new(
        "ACS-GET-RESOURCE-CONTEXT-ROOT",
        "ErrorBase1712.MANDATORY_DATA_MISSING",
        ValidationLayer.Business,
        "accessControlQuery.resourceContext has root 2.16.840.1.113883.2.1.4.1 (the NHS number OID)",
        m => Query(m) is { } q ? CheckContextRoot(m, q) : [])
    { Source = "ACS.md §6.1 [C]" };

    public static MessageRule ResourceContextCardinality { get; } = new(
        "ACS-GET-RESOURCE-CONTEXT-EXTENSION",
        "ErrorBase1712.INVALID_ACA_CARDINALITY",
        ValidationLayer.Business,
        "There is exactly one resourceContext, with an extension (the NHS number)",
        m => Query(m) is { } q ? CheckContextCardinality(m, q) : [])
    { Source = "ACS.md §6.1 [C]" };

    public static MessageRule ResourceContextTooLong { get; } = new(
        "ACS-GET-RESOURCE-CONTEXT-TOO-LONG",
        "ErrorBase1712.RESOURCE_CONTEXT_TOO_LONG",
        ValidationLayer.Business,
        "resourceContext/@extension is no longer than 10 characters",
        m => Length(m, tooLong: true))
    { Source = "ACS.md §6.1 [C]" };

    public static MessageRule ResourceContextTooShort { get; } = new(
        "ACS-GET-RESOURCE-CONTEXT-TOO-SHORT",
        "ErrorBase1712.RESOURCE_CONTEXT_TOO_SHORT",
        ValidationLayer.Business,
        "resourceContext/@extension is at least 10 characters",
        m => Length(m, tooLong: false))
    { Source = "ACS.md §6.1 [C]" };

    public static MessageRule NhsNumberCheckDigit { get; } = new(
        "ACS-GET-NHS-NUMBER",
        "ErrorBase1712.MANDATORY_DATA_MISSING",
        ValidationLayer.Business,
        "A 10-character resourceContext/@extension is a valid NHS number (digits, Modulus 11 check digit)",
        CheckNhsNumber)
    { Source = "[I] Spine rejects a Set with a bad check digit (ACS.md §9 #2, 400 + 35160); applied to Get by analogy" };

    public static MessageRule QueryCriteriaCardinality { get; } = new(
        "ACS-GET-QUERY-CRITERIA-CARDINALITY",
        "ErrorBase1712.INVALID_ACA_CARDINALITY",
        ValidationLayer.Business,
        "accessControlQuery has at most one queryCriteria",
        CheckCriteriaCardinality)
    { Source = "ACS.md §6.1 [C]" };

    public static MessageRule ResourceTypePresent { get; } = new(
        "ACS-GET-RESOURCE-TYPE",
        "ErrorBase1712.RESOURCE_TYPE_EMPTY",
        ValidationLayer.Business,
        "Each queryCriteria/resource has a non-empty type",
        m => EachResource(m, "type"))
    { Source = "ACS.md §6.1 [C]" };

    public static MessageRule ResourceIdPresent { get; } = new(
        "ACS-GET-RESOURCE-ID",
        "ErrorBase1712.RESOURCE_ID_EMPTY",
        ValidationLayer.Business,
        "Each queryCriteria/resource has a non-empty Id",
        m => EachResource(m, "Id"))
    { Source = "ACS.md §6.1 [C]" };

    public static MessageRule FunctionContextPresent { get; } = new(
        "ACS-GET-FUNCTION-CONTEXT",
        "ErrorBase1712.FUNCTION_CONTEXT_EMPTY",
        ValidationLayer.Business,
        "queryCriteria/function has a non-empty context",
        CheckFunctionContext)
    { Source = "ACS.md §6.1 [C]" };

    public static MessageRule ResourceIdIsNhsNumber { get; } = new(
        "ACS-GET-RESOURCE-ID-IS-NHS-NUMBER",
        "ErrorBase1712.INVALID_COMBINATION_FC_RC_RI",
        ValidationLayer.Business,
        "Unless the context is Sealing, each resource/Id equals the NHS number in resourceContext",
        CheckResourceIds)
    { Source = "ACS.md §6.1 [C]" };

    public static IReadOnlyList<MessageRule> All { get; } =
    [
        ResourceContextRoot, ResourceContextCardinality, ResourceContextTooLong, ResourceContextTooShort, NhsNumberCheckDigit,
        QueryCriteriaCardinality, ResourceTypePresent, ResourceIdPresent, FunctionContextPresent, ResourceIdIsNhsNumber,
    ];

    private static XElement? Query(MessageUnderTest m) =>
        ByLocalName.Child(
            WrapperRules.Payloads(m.Message.ControlActEvent).FirstOrDefault(e => e.Name.LocalName == "getResourcePermissionsRequest"),
            "accessControlQuery");

    private static string PathOf(XElement? element, MessageUnderTest m, string fallback) =>
        element is null ? Hl7Paths.Body(m) + QueryPath + fallback : XmlPath.Of(element);

    private static XElement? Context(XElement query) => ByLocalName.Child(query, "resourceContext");

    private static string? NhsNumberOf(MessageUnderTest m) => Query(m) is { } q ? Context(q)?.Attribute("extension")?.Value : null;

    private static IEnumerable<Violation> CheckContextRoot(MessageUnderTest m, XElement query)
    {
        var context = Context(query);
        var root = context?.Attribute("root")?.Value;
        if (root != NhsNumber.Oid)
        {
            yield return new Violation(PathOf(context, m, "/crs:resourceContext") + "/@root", $"'{NhsNumber.Oid}'", Hl7Paths.Describe(root)) { Node = context };
        }
    }

    private static IEnumerable<Violation> CheckContextCardinality(MessageUnderTest m, XElement query)
    {
        var contexts = ByLocalName.Children(query, "resourceContext").ToList();
        if (contexts.Count != 1 || contexts[0].Attribute("extension") is null)
        {
            yield return new Violation(PathOf(contexts.FirstOrDefault(), m, "/crs:resourceContext") + "/@extension",
                "exactly one resourceContext with an extension",
                contexts.Count != 1 ? $"{contexts.Count} resourceContext elements" : "no extension")
            { Node = contexts.FirstOrDefault() ?? query };
        }
    }

    private static IEnumerable<Violation> Length(MessageUnderTest m, bool tooLong)
    {
        var query = Query(m);
        var context = query is null ? null : Context(query);
        var value = context?.Attribute("extension")?.Value;
        if (value is null)
        {
            yield break;
        }

        if (tooLong ? value.Length > 10 : value.Length < 10)
        {
            yield return new Violation(XmlPath.Of(context!) + "/@extension", "exactly 10 characters", $"'{value}' ({value.Length} characters)") { Node = context };
        }
    }

    private static IEnumerable<Violation> CheckNhsNumber(MessageUnderTest m)
    {
        var value = NhsNumberOf(m);
        if (value is { Length: 10 } && NhsNumber.Parse(value) is { Success: false } parsed)
        {
            yield return new Violation(XmlPath.Of(Context(Query(m)!)!) + "/@extension", "a valid NHS number", $"'{value}'")
            { Node = Context(Query(m)!), Detail = parsed.Error };
        }
    }

    private static IEnumerable<Violation> CheckCriteriaCardinality(MessageUnderTest m)
    {
        var criteria = ByLocalName.Children(Query(m), "queryCriteria").ToList();
        if (criteria.Count > 1)
        {
            yield return new Violation(XmlPath.Of(criteria[1]), "at most one queryCriteria", $"{criteria.Count}") { Node = criteria[1] };
        }
    }

    private static IEnumerable<XElement> Resources(MessageUnderTest m) =>
        ByLocalName.Children(Query(m), "queryCriteria").SelectMany(c => ByLocalName.Children(c, "resource"));

    private static IEnumerable<Violation> EachResource(MessageUnderTest m, string part)
    {
        foreach (var resource in Resources(m))
        {
            var value = ByLocalName.Child(resource, part)?.Value.Trim();
            if (string.IsNullOrEmpty(value))
            {
                yield return new Violation(XmlPath.Of(resource) + "/crs:" + part, $"a non-empty {part}", Hl7Paths.Describe(value)) { Node = resource };
            }
        }
    }

    private static IEnumerable<Violation> CheckFunctionContext(MessageUnderTest m)
    {
        foreach (var criteria in ByLocalName.Children(Query(m), "queryCriteria"))
        {
            var function = ByLocalName.Child(criteria, "function");
            var context = ByLocalName.Child(function, "context")?.Value.Trim();
            if (string.IsNullOrEmpty(context))
            {
                yield return new Violation(XmlPath.Of(function ?? criteria) + "/crs:context", "a non-empty context", Hl7Paths.Describe(context)) { Node = function ?? criteria };
            }
        }
    }

    private static IEnumerable<Violation> CheckResourceIds(MessageUnderTest m)
    {
        var nhsNumber = NhsNumberOf(m);
        foreach (var criteria in ByLocalName.Children(Query(m), "queryCriteria"))
        {
            var context = ByLocalName.Child(ByLocalName.Child(criteria, "function"), "context")?.Value.Trim();
            if (context == AcsVocabulary.ContextSealing)
            {
                continue;
            }

            foreach (var resource in ByLocalName.Children(criteria, "resource"))
            {
                var id = ByLocalName.Child(resource, "Id");
                var value = id?.Value.Trim();
                if (!string.IsNullOrEmpty(value) && value != nhsNumber)
                {
                    yield return new Violation(XmlPath.Of(id!), $"the NHS number in resourceContext {Hl7Paths.Describe(nhsNumber)}", Hl7Paths.Describe(value)) { Node = id };
                }
            }
        }
    }
}
