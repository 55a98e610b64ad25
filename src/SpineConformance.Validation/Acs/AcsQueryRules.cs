using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;

namespace SpineConformance.Validation.Acs;

/// <summary>
/// The payload rules of the two ACS queries (ACS.md §6.1 and §7, Spine's <c>GET_</c>/<c>HAS_RESOURCE_PERMISSIONS_UK01</c>
/// validators): <c>ErrorBase1712.*</c>. Get and Has share the resource-context rules; Get asks through
/// <c>queryCriteria</c> (function code optional), Has through <c>accessControlSet</c>s (function code and accessor mandatory).
/// </summary>
public sealed class AcsQueryRules
{
    private readonly string prefix;
    private readonly string payloadName;
    private readonly string groupName;

    private AcsQueryRules(string prefix, string payloadName, string groupName)
    {
        this.prefix = prefix;
        this.payloadName = payloadName;
        this.groupName = groupName;
    }

    public static IReadOnlyList<MessageRule> Get { get; } = new AcsQueryRules("ACS-GET", "getResourcePermissionsRequest", "queryCriteria").Build(has: false);

    public static IReadOnlyList<MessageRule> Has { get; } = new AcsQueryRules("ACS-HAS", "hasResourcePermissionsRequest", "accessControlSet").Build(has: true);

    private List<MessageRule> Build(bool has)
    {
        var source = has ? "ACS.md §7 [C]; fault names as for Get [I]" : "ACS.md §6.1 [C]";
        List<MessageRule> rules =
        [
            Rule(Pick("ACS-GET-RESOURCE-CONTEXT-ROOT", "ACS-HAS-RESOURCE-CONTEXT-ROOT"), "ErrorBase1712.MANDATORY_DATA_MISSING",
                $"accessControlQuery.resourceContext has root {Hl7.Identifiers.NhsNumber.Oid} (the NHS number OID)", CheckContextRoot, source),
            Rule(Pick("ACS-GET-RESOURCE-CONTEXT-EXTENSION", "ACS-HAS-RESOURCE-CONTEXT-EXTENSION"), "ErrorBase1712.INVALID_ACA_CARDINALITY",
                "There is exactly one resourceContext, with an extension (the NHS number)", CheckContextCardinality, source),
            Rule(Pick("ACS-GET-RESOURCE-CONTEXT-TOO-LONG", "ACS-HAS-RESOURCE-CONTEXT-TOO-LONG"), "ErrorBase1712.RESOURCE_CONTEXT_TOO_LONG",
                "resourceContext/@extension is no longer than 10 characters", m => Length(m, tooLong: true), source),
            Rule(Pick("ACS-GET-RESOURCE-CONTEXT-TOO-SHORT", "ACS-HAS-RESOURCE-CONTEXT-TOO-SHORT"), "ErrorBase1712.RESOURCE_CONTEXT_TOO_SHORT",
                "resourceContext/@extension is at least 10 characters", m => Length(m, tooLong: false), source),
            Rule(Pick("ACS-GET-NHS-NUMBER", "ACS-HAS-NHS-NUMBER"), "ErrorBase1712.MANDATORY_DATA_MISSING",
                "A 10-character resourceContext/@extension is a valid NHS number (digits, Modulus 11 check digit)", CheckNhsNumber,
                "[I] Spine rejects a Set with a bad check digit (ACS.md §9 #2, 400 + 35160); applied to the queries by analogy"),
        ];
        if (!has)
        {
            rules.Add(Rule("ACS-GET-QUERY-CRITERIA-CARDINALITY", "ErrorBase1712.INVALID_ACA_CARDINALITY",
                "accessControlQuery has at most one queryCriteria", CheckCriteriaCardinality, source));
        }
        else
        {
            rules.Add(Rule("ACS-HAS-ACCESS-CONTROL-SET", "ErrorBase1712.INVALID_ACA_CARDINALITY",
                "accessControlQuery has at least one accessControlSet", CheckHasSets, source));
        }

        rules.AddRange(
        [
            Rule(Pick("ACS-GET-RESOURCE-TYPE", "ACS-HAS-RESOURCE-TYPE"), "ErrorBase1712.RESOURCE_TYPE_EMPTY", $"Each {groupName}/resource has a non-empty type", m => EachResource(m, "type"), source),
            Rule(Pick("ACS-GET-RESOURCE-ID", "ACS-HAS-RESOURCE-ID"), "ErrorBase1712.RESOURCE_ID_EMPTY", $"Each {groupName}/resource has a non-empty Id", m => EachResource(m, "Id"), source),
            Rule(Pick("ACS-GET-FUNCTION-CONTEXT", "ACS-HAS-FUNCTION-CONTEXT"), "ErrorBase1712.FUNCTION_CONTEXT_EMPTY", $"Each {groupName}/function has a non-empty context", m => EachFunctionPart(m, "context"), source),
            Rule(Pick("ACS-GET-RESOURCE-ID-IS-NHS-NUMBER", "ACS-HAS-RESOURCE-ID-IS-NHS-NUMBER"), "ErrorBase1712.INVALID_COMBINATION_FC_RC_RI",
                "Unless the context is Sealing, each resource/Id equals the NHS number in resourceContext", CheckResourceIds, source),
        ]);
        if (has)
        {
            rules.Add(Rule("ACS-HAS-FUNCTION-CODE", "ErrorBase1712.MANDATORY_DATA_MISSING",
                "Each accessControlSet/function has a code (mandatory in Has)", m => EachFunctionPart(m, "code"), "ACS.md §7 [C]; fault name [I]"));
            rules.Add(Rule("ACS-HAS-ACCESSOR", "ErrorBase1712.MANDATORY_DATA_MISSING",
                "Each accessControlSet has an accessor with a type and either accessorId/id (root and extension) or accessorId/name", CheckAccessors,
                "ACS.md §7 [C]; fault name [I]"));
        }

        return rules;
    }

    private MessageRule Rule(string id, string fault, string description, Func<MessageUnderTest, IEnumerable<Violation>> check, string source) =>
        id.StartsWith(prefix + "-", StringComparison.Ordinal)
            ? new(id, fault, ValidationLayer.Business, description, check) { Source = source }
            : throw new ArgumentException($"Rule id {id} does not start with {prefix}-.", nameof(id));

    // A rule Get and Has share has an id for each, both written out so a search for either finds this file.
    private string Pick(string getId, string hasId) => prefix == "ACS-GET" ? getId : hasId;

    private XElement? Query(MessageUnderTest m) =>
        ByLocalName.Child(
            WrapperRules.Payloads(m.Message.ControlActEvent).FirstOrDefault(e => e.Name.LocalName == payloadName),
            "accessControlQuery");

    private static XElement? Context(XElement? query) => ByLocalName.Child(query, "resourceContext");

    private string? NhsNumberOf(MessageUnderTest m) => Context(Query(m))?.Attribute("extension")?.Value;

    private IEnumerable<XElement> Groups(MessageUnderTest m) => ByLocalName.Children(Query(m), groupName);

    private IEnumerable<Violation> CheckContextRoot(MessageUnderTest m)
    {
        if (Query(m) is not { } query)
        {
            yield break;
        }

        var context = Context(query);
        var root = context?.Attribute("root")?.Value;
        if (root != NhsNumber.Oid)
        {
            yield return new Violation(XmlPath.Of(context ?? query) + (context is null ? "/crs:resourceContext" : "/@root"),
                $"'{NhsNumber.Oid}'", Hl7Paths.Describe(root)) { Node = context ?? query };
        }
    }

    private IEnumerable<Violation> CheckContextCardinality(MessageUnderTest m)
    {
        if (Query(m) is not { } query)
        {
            yield break;
        }

        var contexts = ByLocalName.Children(query, "resourceContext").ToList();
        if (contexts.Count != 1 || contexts[0].Attribute("extension") is null)
        {
            yield return new Violation(XmlPath.Of(contexts.FirstOrDefault() ?? query) + "/@extension",
                "exactly one resourceContext with an extension",
                contexts.Count != 1 ? $"{contexts.Count} resourceContext elements" : "no extension")
            { Node = contexts.FirstOrDefault() ?? query };
        }
    }

    private IEnumerable<Violation> Length(MessageUnderTest m, bool tooLong)
    {
        var context = Context(Query(m));
        var value = context?.Attribute("extension")?.Value;
        if (value is not null && (tooLong ? value.Length > 10 : value.Length < 10))
        {
            yield return new Violation(XmlPath.Of(context!) + "/@extension", "exactly 10 characters", $"'{value}' ({value.Length} characters)") { Node = context };
        }
    }

    private IEnumerable<Violation> CheckNhsNumber(MessageUnderTest m)
    {
        var context = Context(Query(m));
        var value = context?.Attribute("extension")?.Value;
        if (value is { Length: 10 } && NhsNumber.Parse(value) is { Success: false } parsed)
        {
            yield return new Violation(XmlPath.Of(context!) + "/@extension", "a valid NHS number", $"'{value}'") { Node = context, Detail = parsed.Error };
        }
    }

    private IEnumerable<Violation> CheckCriteriaCardinality(MessageUnderTest m)
    {
        var criteria = Groups(m).ToList();
        if (criteria.Count > 1)
        {
            yield return new Violation(XmlPath.Of(criteria[1]), "at most one queryCriteria", $"{criteria.Count}") { Node = criteria[1] };
        }
    }

    private IEnumerable<Violation> CheckHasSets(MessageUnderTest m)
    {
        if (Query(m) is { } query && !Groups(m).Any())
        {
            yield return new Violation(XmlPath.Of(query) + "/crs:accessControlSet", "at least one accessControlSet", "none") { Node = query };
        }
    }

    private IEnumerable<Violation> EachResource(MessageUnderTest m, string part)
    {
        foreach (var resource in Groups(m).SelectMany(g => ByLocalName.Children(g, "resource")))
        {
            var value = ByLocalName.Child(resource, part)?.Value.Trim();
            if (string.IsNullOrEmpty(value))
            {
                yield return new Violation(XmlPath.Of(resource) + "/crs:" + part, $"a non-empty {part}", Hl7Paths.Describe(value)) { Node = resource };
            }
        }
    }

    private IEnumerable<Violation> EachFunctionPart(MessageUnderTest m, string part)
    {
        foreach (var group in Groups(m))
        {
            var function = ByLocalName.Child(group, "function");
            var value = ByLocalName.Child(function, part)?.Value.Trim();
            if (string.IsNullOrEmpty(value))
            {
                yield return new Violation(XmlPath.Of(function ?? group) + "/crs:" + part, $"a non-empty {part}", Hl7Paths.Describe(value)) { Node = function ?? group };
            }
        }
    }

    private IEnumerable<Violation> CheckResourceIds(MessageUnderTest m)
    {
        var nhsNumber = NhsNumberOf(m);
        foreach (var group in Groups(m))
        {
            if (ByLocalName.Child(ByLocalName.Child(group, "function"), "context")?.Value.Trim() == AcsVocabulary.ContextSealing)
            {
                continue;
            }

            foreach (var id in ByLocalName.Children(group, "resource").Select(r => ByLocalName.Child(r, "Id")).OfType<XElement>())
            {
                var value = id.Value.Trim();
                if (value.Length > 0 && value != nhsNumber)
                {
                    yield return new Violation(XmlPath.Of(id), $"the NHS number in resourceContext {Hl7Paths.Describe(nhsNumber)}", Hl7Paths.Describe(value)) { Node = id };
                }
            }
        }
    }

    private IEnumerable<Violation> CheckAccessors(MessageUnderTest m)
    {
        foreach (var set in Groups(m))
        {
            var accessor = ByLocalName.Child(set, "accessor");
            var type = ByLocalName.Child(accessor, "type")?.Value.Trim();
            var accessorId = ByLocalName.Child(accessor, "accessorId");
            var id = ByLocalName.Child(accessorId, "id");
            var name = ByLocalName.Child(accessorId, "name")?.Value.Trim();
            var idComplete = !string.IsNullOrEmpty(id?.Attribute("root")?.Value) && !string.IsNullOrEmpty(id?.Attribute("extension")?.Value);
            if (string.IsNullOrEmpty(type) || !(idComplete || !string.IsNullOrEmpty(name)))
            {
                yield return new Violation(XmlPath.Of(accessor ?? set) + (accessor is null ? "/crs:accessor" : string.Empty),
                    "an accessor with a type and an accessorId (id with root and extension, or a name)",
                    accessor is null ? "(absent)" : $"type {Hl7Paths.Describe(type)}, id {(id is null ? "(absent)" : idComplete ? "complete" : "incomplete")}, name {Hl7Paths.Describe(name)}")
                { Node = accessor ?? set };
            }
        }
    }
}
