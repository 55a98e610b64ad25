using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Lr.LrChecks;
using static SpineConformance.Validation.Lr.LrNode;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// The two <c>sdsquery</c> requests: Identify User Role Profiles (<c>QUPC_IN010102UK01</c>, LR.md §9.6) and Workgroup Member
/// Query (<c>QUPC_IN041234UK01</c>, §9.8). Spine 2 has no compiled validator for either (§15.1): the rules are their schemas'
/// mandatory parts, with fault names chosen from the §12.2 families. Neither bounds an identifier's length: their official
/// schemas type every id as a plain II, and the lengths of LR.md §10.7 are Spine 2 rules these requests are not checked by.
/// </summary>
public static class LrSdsQueryRules
{
    private const string FaultInferred = "; fault name [I]";

    private static readonly LrRuleFactory UrpRules = new("LR-URP-QUERY", "LR.md §9.6 [C L4, L14]" + FaultInferred, p => p.Query);

    private static readonly LrRuleFactory MemberRules = new("LR-WG-QUERY", "LR.md §9.8 [C L4, L14]" + FaultInferred, p => p.QueryOrLegacyQuery);

    public static IReadOnlyList<MessageRule> UserRoleProfiles { get; } =
    [
        UrpRules.PayloadPresent("LR-URP-QUERY-PAYLOAD", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", "query", "LR.md §8.2 [C]" + FaultInferred),
        UrpRules.Rule("LR-URP-QUERY-PARAMETER-LIST", "ErrorBase1733.MANDATORY_FIELD_MISSING", "query has a parameterList (1..1, even when it selects nothing)",
            q => Present(At(q, "parameterList"), "a parameterList")),
        UrpRules.Rule("LR-URP-QUERY-USER-ID", "ErrorBase1733.MANDATORY_FIELD_MISSING",
            $"userID/value has the SDS user root {Hl7.Identifiers.SdsUserId.Oid} and a non-empty extension",
            q => IdRoot(At(q, "userID", "value"), "SDS user id", UserRoot).Concat(NonEmpty(At(q, "userID", "value"), "SDS user id"))),
    ];

    public static IReadOnlyList<MessageRule> WorkgroupMembers { get; } =
    [
        WrapperRules.ListedVersionCode("LR-WG-QUERY-VERSION-CODE", "LR.md §8.1 [C]; MIM 7.2.02 QUPC_IN041234UK01.xsd restricts versionCode to HL7StandardVersionCode [C]; fault name [I], as ACS.md §3.3"),
        MemberRules.PayloadPresent("LR-WG-QUERY-PAYLOAD", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", "query", "LR.md §8.2 [C]" + FaultInferred),
        new MessageRule("LR-WG-QUERY-LEGACY-QUERY", "ErrorBase1732.CONTROL_ACT_QUERY_INVALID", ValidationLayer.Business,
            "The parameters are in query, not the pre-v4.4 Query that MIM 7.2.02 fixed", CheckLegacyQuery)
        {
            Severity = Severity.Warning,
            Source = "LR.md §9.8 [C L13, L14]; reported rather than rejected, and fault name [I]",
        },
        MemberRules.Rule("LR-WG-QUERY-WORKGROUP-CODE", "ErrorBase1733.MANDATORY_FIELD_MISSING", "query has at least one workgroupCode",
            q => Each(q, "workgroupCode").Any() ? [] : Present(At(q, "workgroupCode"), "at least one workgroupCode")),
        MemberRules.Rule("LR-WG-QUERY-WORKGROUP-ID-ROOT", "ErrorBase1712.INVALID_OID", $"Each workgroupCode/value has the workgroup root {Hl7.Lr.LrIdentifiers.WorkgroupRoot}",
            q => Each(q, "workgroupCode").SelectMany(w => IdRoot(At(w, "value"), "workgroup id", LrIdentifiers.WorkgroupRoot))),
        MemberRules.Rule("LR-WG-QUERY-WORKGROUP-ID-EMPTY", "ErrorBase1712.WORKGROUP_ID_EMPTY", "Each workgroupCode/value has a non-empty extension",
            q => Each(q, "workgroupCode").SelectMany(w => NonEmpty(At(w, "value"), "workgroup id"))),
        MemberRules.Rule("LR-WG-QUERY-SEMANTICS-TEXT", "ErrorBase1733.MANDATORY_FIELD_MISSING", "Each workgroupCode carries a non-empty semanticsText",
            q => Each(q, "workgroupCode").SelectMany(LrChecks.SemanticsText)),
    ];

    private static IEnumerable<Violation> CheckLegacyQuery(MessageUnderTest message)
    {
        var view = LrPayloadUnderTest.From(message);
        if (view.Query is null && view.QueryOrLegacyQuery is XElement legacy)
        {
            yield return new Violation(Hl7.Xml.XmlPath.Of(legacy), "query (lower case, MIM 7.2.02)", "'Query'") { Node = legacy };
        }
    }
}
