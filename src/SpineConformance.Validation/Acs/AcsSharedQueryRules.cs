using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Xml;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Rules.Hl7Paths;

namespace SpineConformance.Validation.Acs;

/// <summary>
/// The rules Get and Has share (ACS.md §6.1, §7): the resource context is one NHS number, and each resource and function
/// names what it asks about. Each query gives its own full rule ids, so a search for either finds its rule.
/// </summary>
internal static class AcsSharedQueryRules
{
    private const int NhsNumberLength = 10;

    private static readonly Violation[] None = [];

    public static MessageRule ContextRoot(AcsQueryShape q, string id) => q.Rule(id, "ErrorBase1712.MANDATORY_DATA_MISSING",
        $"accessControlQuery.resourceContext has root {NhsNumber.Oid} (the NHS number OID)", m => CheckContextRoot(q, m));

    public static MessageRule ContextCardinality(AcsQueryShape q, string id) => q.Rule(id, "ErrorBase1712.INVALID_ACA_CARDINALITY",
        "There is exactly one resourceContext, with an extension (the NHS number)", m => CheckContextCardinality(q, m));

    public static MessageRule ContextTooLong(AcsQueryShape q, string id) => q.Rule(id, "ErrorBase1712.RESOURCE_CONTEXT_TOO_LONG",
        $"resourceContext/@extension is no longer than {NhsNumberLength} characters", m => ContextLength(q, m, length => length > NhsNumberLength));

    public static MessageRule ContextTooShort(AcsQueryShape q, string id) => q.Rule(id, "ErrorBase1712.RESOURCE_CONTEXT_TOO_SHORT",
        $"resourceContext/@extension is at least {NhsNumberLength} characters", m => ContextLength(q, m, length => length < NhsNumberLength));

    public static MessageRule NhsNumberValid(AcsQueryShape q, string id) => q.Rule(id, "ErrorBase1712.MANDATORY_DATA_MISSING",
        $"A {NhsNumberLength}-character resourceContext/@extension is a valid NHS number (digits, Modulus 11 check digit)", m => CheckNhsNumber(q, m),
        "[I] Spine rejects a Set with a bad check digit (ACS.md §9 #2, 400 + 35160); applied to the queries by analogy");

    public static MessageRule ResourceType(AcsQueryShape q, string id) => q.Rule(id, "ErrorBase1712.RESOURCE_TYPE_EMPTY",
        $"Each {q.GroupName}/resource has a non-empty type", m => EachResource(q, m, "type"));

    public static MessageRule ResourceId(AcsQueryShape q, string id) => q.Rule(id, "ErrorBase1712.RESOURCE_ID_EMPTY",
        $"Each {q.GroupName}/resource has a non-empty Id", m => EachResource(q, m, "Id"));

    public static MessageRule FunctionContext(AcsQueryShape q, string id) => q.Rule(id, "ErrorBase1712.FUNCTION_CONTEXT_EMPTY",
        $"Each {q.GroupName}/function has a non-empty context", m => EachFunction(q, m, "context"));

    public static MessageRule ResourceIdIsNhsNumber(AcsQueryShape q, string id) => q.Rule(id, "ErrorBase1712.INVALID_COMBINATION_FC_RC_RI",
        $"Unless the context is {AcsVocabulary.ContextSealing}, each resource/Id equals the NHS number in resourceContext", m => CheckResourceIds(q, m));

    /// <summary>The group's function has a non-empty <paramref name="part"/> (context; code in Has).</summary>
    public static IEnumerable<Violation> FunctionPart(XElement group, string part)
    {
        var function = ByLocalName.Child(group, "function");
        var value = ByLocalName.Child(function, part)?.Value.Trim();
        return string.IsNullOrEmpty(value)
            ? [new Violation(XmlPath.Of(function ?? group) + "/crs:" + part, $"a non-empty {part}", Describe(value)) { Node = function ?? group }]
            : None;
    }

    // Every group's resources, each checked for a non-empty part, in loops: the passing path allocates only the iterator.
    private static IEnumerable<Violation> EachResource(AcsQueryShape q, MessageUnderTest m, string part)
    {
        foreach (var group in q.Groups(m))
        {
            foreach (var resource in ByLocalName.Children(group, "resource"))
            {
                foreach (var violation in NonEmptyChild(resource, part))
                {
                    yield return violation;
                }
            }
        }
    }

    private static IEnumerable<Violation> EachFunction(AcsQueryShape q, MessageUnderTest m, string part)
    {
        foreach (var group in q.Groups(m))
        {
            foreach (var violation in FunctionPart(group, part))
            {
                yield return violation;
            }
        }
    }

    private static Violation[] NonEmptyChild(XElement resource, string part)
    {
        var value = ByLocalName.Child(resource, part)?.Value.Trim();
        return string.IsNullOrEmpty(value)
            ? [new Violation(XmlPath.Of(resource) + "/crs:" + part, $"a non-empty {part}", Describe(value)) { Node = resource }]
            : None;
    }

    private static Violation[] CheckContextRoot(AcsQueryShape q, MessageUnderTest m)
    {
        if (q.Query(m) is not { } query)
        {
            return None;
        }

        var context = ByLocalName.Child(query, "resourceContext");
        var root = context?.Attribute(AttributeNames.Root)?.Value;
        return root == NhsNumber.Oid
            ? None
            : [new Violation(XmlPath.Of(context ?? query) + (context is null ? "/crs:resourceContext" : "/@root"), $"'{NhsNumber.Oid}'", Describe(root)) { Node = context ?? query }];
    }

    private static Violation[] CheckContextCardinality(AcsQueryShape q, MessageUnderTest m)
    {
        if (q.Query(m) is not { } query)
        {
            return None;
        }

        var count = 0;
        XElement? first = null;
        foreach (var context in ByLocalName.Children(query, "resourceContext"))
        {
            count++;
            first ??= context;
        }

        return count == 1 && first!.Attribute(AttributeNames.Extension) is not null
            ? None
            : [new Violation(XmlPath.Of(first ?? query) + "/@extension", "exactly one resourceContext with an extension",
                count != 1 ? $"{count} resourceContext elements" : "no extension") { Node = first ?? query }];
    }

    private static Violation[] ContextLength(AcsQueryShape q, MessageUnderTest m, Func<int, bool> wrong) =>
        q.Context(m) is { } context && context.Attribute(AttributeNames.Extension)?.Value is { } value && wrong(value.Length)
            ? [new Violation(XmlPath.Of(context) + "/@extension", $"exactly {NhsNumberLength} characters", $"'{value}' ({value.Length} characters)") { Node = context }]
            : None;

    private static Violation[] CheckNhsNumber(AcsQueryShape q, MessageUnderTest m) =>
        q.Context(m) is { } context && context.Attribute(AttributeNames.Extension)?.Value is { Length: NhsNumberLength } value && NhsNumber.Parse(value) is { Success: false } parsed
            ? [new Violation(XmlPath.Of(context) + "/@extension", "a valid NHS number", $"'{value}'") { Node = context, Detail = parsed.Error }]
            : None;

    private static IEnumerable<Violation> CheckResourceIds(AcsQueryShape q, MessageUnderTest m)
    {
        var nhsNumber = q.Context(m)?.Attribute(AttributeNames.Extension)?.Value;
        foreach (var group in q.Groups(m))
        {
            if (ByLocalName.Child(ByLocalName.Child(group, "function"), "context")?.Value.Trim() == AcsVocabulary.ContextSealing)
            {
                continue;
            }

            foreach (var resource in ByLocalName.Children(group, "resource"))
            {
                if (ByLocalName.Child(resource, "Id") is { } id && id.Value.Trim() is { Length: > 0 } value && value != nhsNumber)
                {
                    yield return new Violation(XmlPath.Of(id), $"the NHS number in resourceContext {Describe(nhsNumber)}", Describe(value)) { Node = id };
                }
            }
        }
    }
}
