using SpineConformance.Hl7.Lr;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Lr.LrChecks;
using static SpineConformance.Validation.Lr.LrNode;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// Add User to Workgroup (<c>REPC_IN130002UK01</c>) and Remove User from Workgroup (<c>REPC_IN130004UK01</c>), which share a
/// shape (LR.md §9.7): the registration code, the user in the role profile, the target workgroup and the administrator (WGMA).
/// Spine 2 has no compiled validator for them (§15.1), so the fault names are the Create LR ones for the same fields.
/// </summary>
public static class LrWorkgroupMembershipRules
{
    private const string Source = "LR.md §9.7 [C L4, L14, L15]; fault name [I] from the §12.2 Create LR family";

    public static IReadOnlyList<MessageRule> Add { get; } = Build("LR-WG-ADD", LrPayloadXml.AddToWorkgroupRequest, LrVocabulary.RegistrationTypes.AddUserToWorkgroup);

    public static IReadOnlyList<MessageRule> Remove { get; } = Build("LR-WG-REMOVE", LrPayloadXml.RemoveFromWorkgroupRequest, LrVocabulary.RegistrationTypes.RemoveUserFromWorkgroup);

    private static List<MessageRule> Build(string prefix, string payloadName, string registrationCode)
    {
        var rules = new LrRuleFactory(prefix, Source, p => p.TriggerPayload(payloadName));
        return
        [
            rules.PayloadPresent(rules.Pick("LR-WG-ADD-PAYLOAD", "LR-WG-REMOVE-PAYLOAD"), "ErrorBase1712.MANDATORY_DATA_MISSING", "subject/" + payloadName, "LR.md §8.2, §9.7 [C]; fault name [I]"),
            rules.Rule(rules.Pick("LR-WG-ADD-CODE", "LR-WG-REMOVE-CODE"), "ErrorBase1712.INVALID_FIELD_VALUE",
                $"code is SDSRegistrationType {Hl7.Lr.LrVocabulary.SdsRegistrationType.CodeSystem}, code {registrationCode} ({LrVocabulary.SdsRegistrationType.DisplayNameOf(registrationCode)})",
                p => CodePresent(At(p, "code"), "registration type")
                    .Concat(CodeSystem(At(p, "code"), "registration type", LrVocabulary.SdsRegistrationType.CodeSystem))
                    .Concat(At(p, "code").Attribute("code") is { Length: > 0 } ? CodeIn(At(p, "code"), "registration type", [registrationCode]) : []),
                registrationCode == LrVocabulary.RegistrationTypes.RemoveUserFromWorkgroup ? "LR.md §9.7 [I: code 02 for remove, C L16 for the code]; fault name [I]" : Source),
            rules.Rule(rules.Pick("LR-WG-ADD-MEMBER-URPID", "LR-WG-REMOVE-MEMBER-URPID"), "ErrorBase1712.INVALID_SUBJECT_URPID_MISSING",
                $"subject/agentPersonSDS/id (the member's role profile) has root {Hl7.Identifiers.SdsRoleProfileId.Oid} and a non-empty extension",
                p => IdRoot(At(p, "subject", "agentPersonSDS", "id"), "member's role profile id", UrpRoot).Concat(NonEmpty(At(p, "subject", "agentPersonSDS", "id"), "member's role profile id"))),
            rules.Rule(rules.Pick("LR-WG-ADD-MEMBER-USER-ID", "LR-WG-REMOVE-MEMBER-USER-ID"), "ErrorBase1712.INVALID_SUBJECT_USER_ID_MISSING",
                $"subject/agentPersonSDS/agentPersonSDS/id (the member) has the SDS user root {Hl7.Identifiers.SdsUserId.Oid} and a non-empty extension",
                p => IdRoot(At(p, "subject", "agentPersonSDS", "agentPersonSDS", "id"), "member's SDS user id", UserRoot)
                    .Concat(NonEmpty(At(p, "subject", "agentPersonSDS", "agentPersonSDS", "id"), "member's SDS user id"))),
            rules.Rule(rules.Pick("LR-WG-ADD-WORKGROUP-ID", "LR-WG-REMOVE-WORKGROUP-ID"), "ErrorBase1712.INVALID_SUBJECT_WORKGROUP_ID_MISSING",
                $"The target workgroup (part/AgentOrgSDS/agentOrganizationSDS/id) has root {Hl7.Lr.LrIdentifiers.WorkgroupRoot} and a non-empty extension",
                p => IdRoot(WorkgroupId(p), "workgroup id", LrIdentifiers.WorkgroupRoot).Concat(NonEmpty(WorkgroupId(p), "workgroup id"))),
            rules.Rule(rules.Pick("LR-WG-ADD-WGMA-URPID", "LR-WG-REMOVE-WGMA-URPID"), "ErrorBase1712.INVALID_AUTHOR_USER_URPID_MISSING",
                $"author/originatingURP/id (the administrator's role profile) has root {Hl7.Identifiers.SdsRoleProfileId.Oid} and a non-empty extension",
                p => IdRoot(At(p, "author", "originatingURP", "id"), "administrator's role profile id", UrpRoot).Concat(NonEmpty(At(p, "author", "originatingURP", "id"), "administrator's role profile id"))),
            rules.Rule(rules.Pick("LR-WG-ADD-IDENTIFIED-WORKGROUPS-ONLY", "LR-WG-REMOVE-IDENTIFIED-WORKGROUPS-ONLY"), "ErrorBase1712.INVALID_FIELD_VALUE",
                $"originatingURP/subjectOf/identifiedWorkgroupsOnly has code SDSObservationType {LrVocabulary.ObservationTypes.IdentifiedWorkgroupsOnly} and a value of true or false",
                p => IdentifiedWorkgroupsOnly(p)),
        ];
    }

    private static LrNode WorkgroupId(System.Xml.Linq.XElement payload) =>
        At(payload, "subject", "agentPersonSDS", "part", "AgentOrgSDS", "agentOrganizationSDS", "id");

    private static IEnumerable<Violation> IdentifiedWorkgroupsOnly(System.Xml.Linq.XElement payload)
    {
        var observation = At(payload, "author", "originatingURP", "subjectOf", "identifiedWorkgroupsOnly");
        if (!observation.Exists)
        {
            return Present(observation, "the identifiedWorkgroupsOnly observation");
        }

        var code = At(observation, "code");
        var value = At(observation, "value");
        var codeViolations = code.Exists
            ? CodeSystem(code, "observation", LrVocabulary.SdsObservationType.CodeSystem).Concat(CodeIn(code, "observation", [LrVocabulary.ObservationTypes.IdentifiedWorkgroupsOnly]))
            : CodePresent(code, "observation");
        return value.Attribute("value") is "true" or "false"
            ? codeViolations
            : codeViolations.Append(new Violation(value.AttributePath("value"), "true or false", value.Exists ? Hl7Paths.Describe(value.Attribute("value")) : "(absent)") { Node = value.Nearest });
    }
}
