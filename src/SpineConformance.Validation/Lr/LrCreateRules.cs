using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Lr.LrChecks;
using static SpineConformance.Validation.Lr.LrNode;
using LrTypes = SpineConformance.Hl7.Lr.LrVocabulary.LrTypes;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// Request Create LR (<c>REPC_IN010000UK15</c>, LR.md §9.1): Spine 2's compiled rules and their <c>ErrorBase1712.*</c> faults,
/// then the MIM's conditional rules (access reason, GP registration, alert code), whose fault names no public source gives.
/// The subject and author rules each own one fault, so a message breaking one thing gets one finding.
/// </summary>
public static class LrCreateRules
{
    private const string Spine2 = "LR.md §9.1, §12.2 [C]";
    private const string Mim = "LR.md §9.1, §10.3 [C L15, L16]; fault name [I]";

    // The official REPC_IN010000UK15 schema types every id as a plain II with no length: the bounds are Spine 2's own.
    private const string Spine2Length = "LR.md §9.1, §10.7, §12.2 [C L4]: a Spine 2 rule; the official REPC_IN010000UK15.xsd sets no length";

    private static readonly LrRuleFactory Rules = new("LR-CREATE", Spine2, p => p.TriggerPayload("CreateRequest"));

    private static readonly LrChoice[] SubjectChoices = [new("AgentPersonSDS", "user"), new("AgentOrgSDS", "workgroup")];

    // Create LR's MIM names its user author AgentPerson (not AgentPersonSDS), and lists the user first.
    private static readonly LrChoice User = new("AgentPerson", "user");

    public static MessageRule Payload { get; } = Rules.PayloadPresent("LR-CREATE-PAYLOAD", "ErrorBase1712.MANDATORY_DATA_MISSING", "subject/CreateRequest", "LR.md §8.2, §9.1 [C]; fault name [I]");

    public static MessageRule CreationTime { get; } = new("LR-CREATE-CREATION-TIME", "ErrorBase1732.INVALID_CREATION_TIME", ValidationLayer.Wrapper,
        "The wrapper's creationTime value is 12, 14 or 19 characters (YYYYMMDDHHMM[SS][+ZZzz])", CheckCreationTime)
    { Source = "LR.md §8.1, §15.1 [C]" };

    public static MessageRule LrType { get; } = Rules.Rule("LR-CREATE-LR-TYPE", "ErrorBase1712.LR_TYPE_EMPTY",
        "CreateRequest has a reasonCode (the LR type) with a non-empty code", p => CodePresent(At(p, "reasonCode"), "LR type"));

    public static MessageRule LrTypeCodeSystem { get; } = Rules.Rule("LR-CREATE-LR-TYPE-CODE-SYSTEM", "ErrorBase1712.REASONCODE_OID",
        $"The LR type's codeSystem is LRType {Hl7.Lr.LrVocabulary.LrType.CodeSystem}", p => CodeSystem(At(p, "reasonCode"), "LR type", LrVocabulary.LrType.CodeSystem));

    public static MessageRule LrTypeLength { get; } = Rules.Rule("LR-CREATE-LR-TYPE-LENGTH", "ErrorBase1712.INVALID_LRTYPE",
        "The LR type code is 2 characters", p => ExactLength(At(p, "reasonCode"), "LR type", 2, "code"));

    public static MessageRule LrTypeKnown { get; } = Rules.Rule("LR-CREATE-LR-TYPE-KNOWN", "ErrorBase1712.INVALID_LRTYPE",
        $"A 2-character LR type is one of the LRType codes {LrVocabulary.LrType.Codes[0].Code} to {LrVocabulary.LrType.Codes[^1].Code}",
        p => At(p, "reasonCode").Attribute("code") is { Length: 2 } ? CodeIn(At(p, "reasonCode"), "LR type", LrVocabulary.LrType.Codes.Select(c => c.Code)) : [],
        "LR.md §10.1 [C L16]; fault name [I]");

    public static MessageRule NotGpRegistration { get; } = Rules.Rule("LR-CREATE-LR-TYPE-NASP-ONLY", "ErrorBase1712.INVALID_LRTYPE",
        $"The LR type is not {LrTypes.GeneralPracticeRegistration} General Practice Registration, which only the NASP creates and maintains", CheckNotGpRegistration,
        "LR.md §10.1, §13 [C L16]; fault name [I]");

    public static MessageRule Subject { get; } = Rules.Rule("LR-CREATE-SUBJECT", "ErrorBase1712.INVALID_SUBJECT_ELEMENT",
        $"subject holds exactly one of {LrChoice.Describe(SubjectChoices)} (eitherUserOrWorkgroup)", p => ExactlyOne(At(p, "subject"), SubjectChoices));

    public static MessageRule SubjectNotOtherPerson { get; } = Rules.Rule("LR-CREATE-SUBJECT-OTHER-PERSON", "ErrorBase1712.INVALID_SUBJECT_ELEMENT",
        "subject holds no OtherPerson, a placeholder Spine does not process", CheckNoOtherPerson, "LR.md §1, §13 [C L13, L4]");

    public static MessageRule SubjectUrpIdMissing { get; } = Rules.Rule("LR-CREATE-SUBJECT-URPID-MISSING", "ErrorBase1712.INVALID_SUBJECT_URPID_MISSING",
        $"A user subject has an id with the role profile root {Hl7.Identifiers.SdsRoleProfileId.Oid}", p => SubjectUser(p, a => IdRoot(At(a, "id"), "role profile id", UrpRoot)));

    public static MessageRule SubjectUrpIdEmpty { get; } = Rules.Rule("LR-CREATE-SUBJECT-URPID-EMPTY", "ErrorBase1712.URPID_EMPTY",
        "A user subject's role profile id has a non-empty extension", p => SubjectUser(p, a => NonEmpty(At(a, "id"), "role profile id")));

    public static MessageRule SubjectUrpIdTooLong { get; } = Rules.Rule("LR-CREATE-SUBJECT-URPID-TOO-LONG", "ErrorBase1712.URPID_TOO_LONG",
        "A user subject's role profile id is at most 12 characters", p => SubjectUser(p, a => MaxLength(At(a, "id"), "role profile id", 12)), Spine2Length);

    public static MessageRule SubjectUserIdMissing { get; } = Rules.Rule("LR-CREATE-SUBJECT-USER-ID-MISSING", "ErrorBase1712.INVALID_SUBJECT_USER_ID_MISSING",
        $"A user subject has agentPersonSDS/id with the SDS user root {Hl7.Identifiers.SdsUserId.Oid} and a non-empty extension",
        p => SubjectUser(p, a => IdRoot(At(a, "agentPersonSDS", "id"), "SDS user id", UserRoot).Concat(NonEmpty(At(a, "agentPersonSDS", "id"), "SDS user id"))));

    public static MessageRule SubjectUserIdTooLong { get; } = Rules.Rule("LR-CREATE-SUBJECT-USER-ID-TOO-LONG", "ErrorBase1712.USER_ID_TOO_LONG",
        "A user subject's SDS user id is at most 12 characters", p => SubjectUser(p, a => MaxLength(At(a, "agentPersonSDS", "id"), "SDS user id", 12)), Spine2Length);

    public static MessageRule SubjectWorkgroupIdMissing { get; } = Rules.Rule("LR-CREATE-SUBJECT-WORKGROUP-ID-MISSING", "ErrorBase1712.INVALID_SUBJECT_WORKGROUP_ID_MISSING",
        $"A workgroup subject has agentOrganizationSDS/id with the workgroup root {Hl7.Lr.LrIdentifiers.WorkgroupRoot} (or the ODS root {Hl7.Lr.LrIdentifiers.OdsOrganisationRoot})",
        p => SubjectWorkgroup(p, w => IdRoot(At(w, "agentOrganizationSDS", "id"), "workgroup id", LrIdentifiers.WorkgroupRoot, LrIdentifiers.OdsOrganisationRoot)));

    public static MessageRule SubjectWorkgroupIdEmpty { get; } = Rules.Rule("LR-CREATE-SUBJECT-WORKGROUP-ID-EMPTY", "ErrorBase1712.WORKGROUP_ID_EMPTY",
        "A workgroup subject's id has a non-empty extension", p => SubjectWorkgroup(p, w => NonEmpty(At(w, "agentOrganizationSDS", "id"), "workgroup id")));

    public static MessageRule SubjectWorkgroupIdTooLong { get; } = Rules.Rule("LR-CREATE-SUBJECT-WORKGROUP-ID-TOO-LONG", "ErrorBase1712.WORKGROUP_ID_TOO_LONG",
        "A workgroup subject's id is at most 12 characters", p => SubjectWorkgroup(p, w => MaxLength(At(w, "agentOrganizationSDS", "id"), "workgroup id", 12)), Spine2Length);

    public static MessageRule SubjectWorkgroupAgent { get; } = Rules.Rule("LR-CREATE-SUBJECT-WORKGROUP-AGENT", "ErrorBase1712.INVALID_SUBJECT_ELEMENT",
        $"A workgroup subject's optional own id has root {Hl7.Identifiers.SdsRoleProfileId.Oid} and exactly 12 characters, and its optional code has a code",
        CheckWorkgroupAgent, "LR.md §9.1 [C L4]; fault name [I]");

    public static MessageRule PatientIdEmpty { get; } = LrPatientRules.IdPresent(Rules, "LR-CREATE-PATIENT-ID-EMPTY");

    public static MessageRule PatientIdRoot { get; } = LrPatientRules.IdRoot(Rules, "LR-CREATE-PATIENT-ID-ROOT");

    public static MessageRule PatientIdTooLong { get; } = LrPatientRules.Length(Rules, "LR-CREATE-PATIENT-ID-TOO-LONG", exactly: false, Spine2Length);

    public static MessageRule NhsNumberValid { get; } = LrPatientRules.NhsNumberValid(Rules, "LR-CREATE-NHS-NUMBER",
        "LR.md §9.1, §10.7 [C L15: ten numerics]; Modulus 11 and fault name [I], as ACS.md §9 #2");

    public static MessageRule Author { get; } = LrAuthorRules.OneAuthor(Rules, "LR-CREATE-AUTHOR", User, LrAuthorRules.System);

    public static MessageRule AuthorUrpIdMissing { get; } = LrAuthorRules.Present(Rules, "LR-CREATE-AUTHOR-URPID-MISSING", "ErrorBase1712.INVALID_AUTHOR_USER_URPID_MISSING",
        User.Element, LrAuthorId.RoleProfileId);

    public static MessageRule AuthorUrpIdEmpty { get; } = LrAuthorRules.NonEmpty(Rules, "LR-CREATE-AUTHOR-URPID-EMPTY", "ErrorBase1712.INVALID_AUTHOR_USER_URPID_EMPTY",
        User.Element, LrAuthorId.RoleProfileId);

    public static MessageRule AuthorUrpIdTooLong { get; } = LrAuthorRules.Length(Rules, "LR-CREATE-AUTHOR-URPID-TOO-LONG", "ErrorBase1712.INVALID_AUTHOR_USER_URPID_TOO_LONG",
        User.Element, LrAuthorId.RoleProfileId, exactly: false, Spine2Length);

    public static MessageRule AuthorUserIdMissing { get; } = LrAuthorRules.Present(Rules, "LR-CREATE-AUTHOR-USER-ID-MISSING", "ErrorBase1712.INVALID_AUTHOR_USER_ID_MISSING",
        User.Element, LrAuthorId.UserId);

    public static MessageRule AuthorUserIdEmpty { get; } = LrAuthorRules.NonEmpty(Rules, "LR-CREATE-AUTHOR-USER-ID-EMPTY", "ErrorBase1712.INVALID_AUTHOR_USER_ID_EMPTY",
        User.Element, LrAuthorId.UserId);

    public static MessageRule AuthorUserIdTooLong { get; } = LrAuthorRules.Length(Rules, "LR-CREATE-AUTHOR-USER-ID-TOO-LONG", "ErrorBase1712.INVALID_AUTHOR_USER_ID_TOO_LONG",
        User.Element, LrAuthorId.UserId, exactly: false, Spine2Length);

    public static MessageRule AuthorWorkgroups { get; } = Rules.Rule("LR-CREATE-AUTHOR-WORKGROUP-ROOT", "ErrorBase1712.INVALID_OID",
        $"Each workgroup a user author acts for (representedOrganization/id) has the workgroup root {Hl7.Lr.LrIdentifiers.WorkgroupRoot}",
        p => AuthorUser(p, a => Each(a, "representedOrganization", "id").SelectMany(id => IdRoot(id, "workgroup id", LrIdentifiers.WorkgroupRoot))),
        "LR.md §9.1 [C L14]; fault name [I]");

    public static MessageRule AuthorSystemIdMissing { get; } = LrAuthorRules.Root(Rules, "LR-CREATE-AUTHOR-SYSTEM-ID-MISSING", "ErrorBase1712.INVALID_AUTHOR_SYSTEM_DEVID_MISSING",
        User.Element, LrAuthorId.Asid);

    public static MessageRule AuthorSystemIdEmpty { get; } = LrAuthorRules.NonEmpty(Rules, "LR-CREATE-AUTHOR-SYSTEM-ID-EMPTY", "ErrorBase1712.SYSTEM_ID_EMPTY",
        User.Element, LrAuthorId.Asid);

    public static MessageRule AuthorSystemIdTooLong { get; } = LrAuthorRules.Length(Rules, "LR-CREATE-AUTHOR-SYSTEM-ID-TOO-LONG", "ErrorBase1712.SYSTEM_ID_TOO_LONG",
        User.Element, LrAuthorId.Asid, exactly: false, Spine2Length);

    public static MessageRule GrantAuthor { get; } = Rules.Rule("LR-CREATE-GRANT-AUTHOR", "ErrorBase1712.INVALID_AUTHOR_USER_URPID_MISSING",
        $"For LR type {LrTypes.GrantedToColleague} (granted to colleague) the author is a user (AgentPerson), whose role profile id and workgroups say who granted it",
        CheckGrantAuthor, "LR.md §9.1, §10.1 [C L15]; fault name [I]");

    public static MessageRule EffectiveTime { get; } = Rules.Rule("LR-CREATE-EFFECTIVE-TIME", "ErrorBase1712.INVALID_DATE_WITH_SUPP_INFO",
        "effectiveTime, when present, has a value of exactly 14 characters (YYYYMMDDHHMMSS)", CheckEffectiveTime);

    public static MessageRule PertinentReason { get; } = Rules.Rule("LR-CREATE-PERTINENT-REASON", "ErrorBase1712.MANDATORY_DATA_MISSING",
        "pertinentInformation, when present, holds exactly one pertinentLRReason", CheckPertinentReason, "LR.md §9.1 [C L4, L14]; fault name [I]");

    public static MessageRule AccessReasonRequired { get; } = Rules.Rule("LR-CREATE-ACCESS-REASON-REQUIRED", "ErrorBase1712.MANDATORY_DATA_MISSING",
        $"For LR types {LrTypes.GrantedToColleague}, {LrTypes.ExpressConsent} and {LrTypes.SelfClaimed} (granted, express consent, self-claimed) pertinentLRReason has a standard access reason code",
        CheckAccessReasonRequired, Mim);

    public static MessageRule AccessReasonCodeSystem { get; } = Rules.Rule("LR-CREATE-ACCESS-REASON-CODE-SYSTEM", "ErrorBase1712.REASONCODE_OID",
        $"The access reason's codeSystem is AccessReasonCode {Hl7.Lr.LrVocabulary.AccessReasonCode.CodeSystem}",
        p => CodeSystem(AccessReason(p), "access reason", LrVocabulary.AccessReasonCode.CodeSystem), "LR.md §9.1 [C L4, L14]; fault name [I]");

    public static MessageRule AccessReasonForType { get; } = Rules.Rule("LR-CREATE-ACCESS-REASON-FOR-TYPE", "ErrorBase1712.INVALID_FIELD_VALUE",
        $"For a manual LR type the access reason is one that type allows: 01-06 for any, 07-14 for express consent ({LrTypes.ExpressConsent}) only, 15-21 for granted to colleague ({LrTypes.GrantedToColleague}) only",
        CheckAccessReasonForType, "LR.md §10.3 [C L16]; fault name [I]");

    public static MessageRule AccessReasonText { get; } = Rules.Rule("LR-CREATE-ACCESS-REASON-TEXT", "ErrorBase1712.MANDATORY_DATA_MISSING",
        $"When the access reason is {LrVocabulary.AccessReasons.Other} Other, pertinentLRReason has non-empty free text", CheckAccessReasonText, Mim);

    public static MessageRule AlertCode { get; } = Rules.Rule("LR-CREATE-ALERT-CODE", "ErrorBase1712.INVALID_FIELD_VALUE",
        $"reason, when present, holds justifyingAlertRequest/code from AlertCode {Hl7.Lr.LrVocabulary.AlertCode.CodeSystem} (True or False)",
        CheckAlertCode, "LR.md §9.1, §10.6 [C L15, L16]; fault name [I]");

    public static IReadOnlyList<MessageRule> All { get; } =
    [
        Payload, CreationTime, LrType, LrTypeCodeSystem, LrTypeLength, LrTypeKnown, NotGpRegistration,
        Subject, SubjectNotOtherPerson, SubjectUrpIdMissing, SubjectUrpIdEmpty, SubjectUrpIdTooLong, SubjectUserIdMissing, SubjectUserIdTooLong,
        SubjectWorkgroupIdMissing, SubjectWorkgroupIdEmpty, SubjectWorkgroupIdTooLong, SubjectWorkgroupAgent,
        PatientIdEmpty, PatientIdRoot, PatientIdTooLong, NhsNumberValid,
        Author, AuthorUrpIdMissing, AuthorUrpIdEmpty, AuthorUrpIdTooLong, AuthorUserIdMissing, AuthorUserIdEmpty, AuthorUserIdTooLong, AuthorWorkgroups,
        AuthorSystemIdMissing, AuthorSystemIdEmpty, AuthorSystemIdTooLong, GrantAuthor,
        EffectiveTime, PertinentReason, AccessReasonRequired, AccessReasonCodeSystem, AccessReasonForType, AccessReasonText, AlertCode,
    ];

    private static readonly string[] ManualTypes = [LrTypes.GrantedToColleague, LrTypes.ExpressConsent, LrTypes.SelfClaimed];

    private static string? LrTypeCode(XElement payload) => At(payload, "reasonCode").Attribute("code");

    private static LrNode AccessReason(XElement payload) => At(payload, "pertinentInformation", "pertinentLRReason", "reasonCode");

    private static IEnumerable<Violation> SubjectUser(XElement payload, Func<XElement, IEnumerable<Violation>> check) =>
        At(payload, "subject", "AgentPersonSDS").Element is { } agent ? check(agent) : [];

    private static IEnumerable<Violation> SubjectWorkgroup(XElement payload, Func<XElement, IEnumerable<Violation>> check) =>
        At(payload, "subject", "AgentOrgSDS").Element is { } agent ? check(agent) : [];

    private static IEnumerable<Violation> AuthorUser(XElement payload, Func<XElement, IEnumerable<Violation>> check) =>
        At(payload, "author", User.Element).Element is { } agent ? check(agent) : [];

    private static IEnumerable<Violation> CheckCreationTime(MessageUnderTest message)
    {
        if (LrPayloadUnderTest.From(message).Interaction is not { } interaction)
        {
            yield break;
        }

        var creationTime = At(interaction, "creationTime");
        var value = creationTime.Attribute("value");
        if (!string.IsNullOrWhiteSpace(value) && value.Length is not (12 or 14 or 19))
        {
            yield return new Violation(creationTime.AttributePath("value"), "12, 14 or 19 characters: YYYYMMDDHHMM, YYYYMMDDHHMMSS or YYYYMMDDHHMMSS+ZZzz",
                $"{Hl7Paths.Describe(value)} ({value.Length} characters)") { Node = creationTime.Nearest };
        }
    }

    private static IEnumerable<Violation> CheckNotGpRegistration(XElement payload)
    {
        if (LrTypeCode(payload) == LrTypes.GeneralPracticeRegistration)
        {
            var code = At(payload, "reasonCode");
            yield return new Violation(code.AttributePath("code"), $"an LR type a client may create (not {LrTypes.GeneralPracticeRegistration}, NASP only)", $"'{LrTypes.GeneralPracticeRegistration}'") { Node = code.Nearest };
        }
    }

    private static IEnumerable<Violation> CheckNoOtherPerson(XElement payload) =>
        Each(payload, "subject", "OtherPerson").Select(o => new Violation(o.XPath, "no OtherPerson (future use only)", "an OtherPerson") { Node = o.Element });

    private static IEnumerable<Violation> CheckWorkgroupAgent(XElement payload) => SubjectWorkgroup(payload, agent =>
    {
        var id = At(agent, "id");
        var code = At(agent, "code");
        var violations = id.Exists ? IdRoot(id, "workgroup agent's role profile id", UrpRoot).Concat(ExactLength(id, "workgroup agent's role profile id", 12)) : [];
        return code.Exists ? violations.Concat(CodePresent(code, "workgroup agent code")) : violations;
    });

    private static IEnumerable<Violation> CheckGrantAuthor(XElement payload)
    {
        var author = At(payload, "author");
        if (LrTypeCode(payload) == LrTypes.GrantedToColleague && author.Exists && !At(payload, "author", User.Element).Exists)
        {
            yield return new Violation(author.XPath + "/hl7:AgentPerson", $"the granting user (AgentPerson) for LR type {LrTypes.GrantedToColleague}",
                string.Join(", ", author.Element!.Elements().Select(e => e.Name.LocalName).DefaultIfEmpty("(nothing)"))) { Node = author.Element };
        }
    }

    private static IEnumerable<Violation> CheckEffectiveTime(XElement payload)
    {
        var time = At(payload, "effectiveTime");
        var value = time.Attribute("value");
        if (time.Exists && value?.Length != 14)
        {
            yield return new Violation(time.AttributePath("value"), "YYYYMMDDHHMMSS (14 characters)",
                value is null ? "(absent)" : $"{Hl7Paths.Describe(value)} ({value.Length} characters)") { Node = time.Nearest };
        }
    }

    private static IEnumerable<Violation> CheckPertinentReason(XElement payload)
    {
        var information = At(payload, "pertinentInformation");
        var count = Each(payload, "pertinentInformation", "pertinentLRReason").Count();
        if (information.Exists && count != 1)
        {
            yield return new Violation(information.XPath, "exactly one pertinentLRReason", $"{count}") { Node = information.Element };
        }
    }

    private static IEnumerable<Violation> CheckAccessReasonRequired(XElement payload) =>
        ManualTypes.Contains(LrTypeCode(payload)) ? CodePresent(AccessReason(payload), $"access reason required by LR type {LrTypeCode(payload)}") : [];

    private static IEnumerable<Violation> CheckAccessReasonForType(XElement payload)
    {
        var type = LrTypeCode(payload);
        var reason = AccessReason(payload);
        if (!ManualTypes.Contains(type) || string.IsNullOrEmpty(reason.Attribute("code")))
        {
            return [];
        }

        var allowed = LrVocabulary.AccessReasonCode.Codes.Select(c => c.Code).Where(code => AllowedFor(type!, code));
        return CodeIn(reason, $"access reason for LR type {type}", allowed);
    }

    private static bool AllowedFor(string lrType, string accessReason) => int.Parse(accessReason, System.Globalization.CultureInfo.InvariantCulture) switch
    {
        <= 6 => true,
        <= 14 => lrType == LrTypes.ExpressConsent,
        _ => lrType == LrTypes.GrantedToColleague,
    };

    private static IEnumerable<Violation> CheckAccessReasonText(XElement payload)
    {
        var reason = At(payload, "pertinentInformation", "pertinentLRReason");
        var text = At(payload, "pertinentInformation", "pertinentLRReason", "text");
        if (AccessReason(payload).Attribute("code") == LrVocabulary.AccessReasons.Other && string.IsNullOrWhiteSpace(text.Element?.Value))
        {
            yield return new Violation(text.XPath, $"free text explaining access reason {LrVocabulary.AccessReasons.Other} Other", Hl7Paths.Describe(text.Element)) { Node = reason.Element };
        }
    }

    private static IEnumerable<Violation> CheckAlertCode(XElement payload)
    {
        if (!At(payload, "reason").Exists)
        {
            return [];
        }

        var code = At(payload, "reason", "justifyingAlertRequest", "code");
        return code.Exists
            ? CodeSystem(code, "alert", LrVocabulary.AlertCode.CodeSystem).Concat(CodeIn(code, "alert code", LrVocabulary.AlertCode.Codes.Select(c => c.Code)))
            : Present(code, "the alert request's code (AlertCode True or False)");
    }
}
