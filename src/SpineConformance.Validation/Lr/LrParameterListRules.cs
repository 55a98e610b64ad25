using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Lr.LrChecks;
using static SpineConformance.Validation.Lr.LrNode;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// The query parameters the confirmation and batch queries share (LR.md §9.3, §9.5): <c>parameterList</c> with the SDS user
/// and role profile (mandatory: the MIM requires them, and the XSDs whenever the list is sent) and optional workgroups, and
/// the <c>otherPerson</c> parameter no client may send.
/// </summary>
internal static class LrParameterListRules
{
    public static IReadOnlyList<MessageRule> For(LrRuleFactory rules, string source, string faultSource) =>
    [
        rules.Rule(rules.Pick("LR-CONFIRM-OTHER-PERSON", "LR-BATCH-OTHER-PERSON"), "ErrorBase1712.INVALID_SUBJECT_ELEMENT", "query has no otherPerson parameter, a placeholder Spine does not process",
            q => Each(q, "otherPerson").Select(o => new Violation(o.XPath, "no otherPerson (future use only)", "an otherPerson parameter") { Node = o.Element }),
            "LR.md §1, §9.3, §13 [C L13]; fault name [I], as for Create LR"),
        rules.Rule(rules.Pick("LR-CONFIRM-USER-ID", "LR-BATCH-USER-ID"), "ErrorBase1733.MANDATORY_FIELD_MISSING",
            $"parameterList/userID/value has the SDS user root {Hl7.Identifiers.SdsUserId.Oid} and a non-empty extension",
            q => Id(At(q, "parameterList", "userID", "value"), "SDS user id", UserRoot), faultSource),
        rules.Rule(rules.Pick("LR-CONFIRM-URP-ID", "LR-BATCH-URP-ID"), "ErrorBase1733.MANDATORY_FIELD_MISSING",
            $"parameterList/userRoleProfileID/value has the role profile root {Hl7.Identifiers.SdsRoleProfileId.Oid} and a non-empty extension",
            q => Id(At(q, "parameterList", "userRoleProfileID", "value"), "role profile id", UrpRoot), faultSource),
        rules.Rule(rules.Pick("LR-CONFIRM-WORKGROUP-CODE", "LR-BATCH-WORKGROUP-CODE"), "ErrorBase1733.MANDATORY_FIELD_MISSING",
            "Each parameterList/workgroupCode/value has a non-empty extension (the workgroup id)",
            q => Each(q, "parameterList", "workgroupCode").SelectMany(w => Present(At(w, "value"), "the workgroup id").Concat(NonEmpty(At(w, "value"), "workgroup id"))),
            source),
    ];

    /// <summary>Every parameter of a query, nested or not: what carries a <c>value</c> and a <c>semanticsText</c>.</summary>
    public static IEnumerable<LrNode> Parameters(XElement query) =>
        Children(query, query.Elements()).SelectMany(p => p.Element!.Name.LocalName == "parameterList" ? Children(p.Element, p.Element.Elements()) : [p]);

    /// <summary>A patient.id parameter's NHS number: present with a non-empty extension, the NHS number root, and valid.</summary>
    public static IEnumerable<MessageRule> PatientId(LrRuleFactory rules, string source, Func<XElement, IEnumerable<LrNode>> patientIds) =>
    [
        rules.Rule(rules.Pick("LR-CONFIRM-PATIENT-ID", "LR-DETAILS-PATIENT-ID", "LR-BATCH-PATIENT-ID"), "ErrorBase1733.MANDATORY_FIELD_MISSING", "patient.id/value is there with a non-empty extension (the NHS number)",
            q => patientIds(q).SelectMany(id => Present(id, "the patient's NHS number").Concat(NonEmpty(id, "NHS number"))), source),
        rules.Rule(rules.Pick("LR-CONFIRM-PATIENT-ID-ROOT", "LR-DETAILS-PATIENT-ID-ROOT", "LR-BATCH-PATIENT-ID-ROOT"), "ErrorBase1712.INVALID_OID", $"patient.id/value has the NHS number root {Hl7.Identifiers.NhsNumber.Oid}",
            q => patientIds(q).Where(id => id.Exists).SelectMany(id => IdRoot(id, "NHS number", Nhs)), source),
        rules.Rule(rules.Pick("LR-CONFIRM-NHS-NUMBER", "LR-DETAILS-NHS-NUMBER", "LR-BATCH-NHS-NUMBER"), "ErrorBase1712.INVALID_FIELD_VALUE", "patient.id/value is a valid NHS number: 10 digits with a Modulus 11 check digit",
            q => patientIds(q).SelectMany(NhsNumber), "LR.md §10.7 [C L15: ten numerics]; Modulus 11 and fault name [I]"),
    ];

    /// <summary>A query's <c>response.Type</c>: 01 or 02 from <paramref name="codeSystem"/>.</summary>
    public static MessageRule ResponseType(LrRuleFactory rules, LrCodeList codeSystem, string source) =>
        rules.Rule(rules.Pick("LR-CONFIRM-RESPONSE-TYPE", "LR-DETAILS-RESPONSE-TYPE"), "ErrorBase1712.INVALID_FIELD_VALUE",
            $"response.Type/value is {codeSystem.Name} {codeSystem.CodeSystem}, code {string.Join(" or ", codeSystem.Codes.Select(c => c.Code))}",
            q => CodePresent(At(q, "response.Type", "value"), "response type")
                .Concat(CodeSystem(At(q, "response.Type", "value"), "response type", codeSystem.CodeSystem))
                .Concat(At(q, "response.Type", "value").Attribute("code") is { Length: > 0 }
                    ? CodeIn(At(q, "response.Type", "value"), "response type", codeSystem.Codes.Select(c => c.Code))
                    : []),
            source);

    /// <summary>Every parameter sent carries a non-empty <c>semanticsText</c>.</summary>
    public static MessageRule SemanticsText(LrRuleFactory rules, string source) =>
        rules.Rule(rules.Pick("LR-CONFIRM-SEMANTICS-TEXT", "LR-DETAILS-SEMANTICS-TEXT", "LR-BATCH-SEMANTICS-TEXT"), "ErrorBase1733.MANDATORY_FIELD_MISSING", "Every query parameter carries a non-empty semanticsText",
            q => Parameters(q).SelectMany(LrChecks.SemanticsText), source);

    private static IEnumerable<Violation> Id(LrNode id, string what, string root) => IdRoot(id, what, root).Concat(NonEmpty(id, what));
}
