using System.Xml.Linq;
using SpineConformance.Hl7.Lr;
using SpineConformance.Validation.Rules;
using static SpineConformance.Validation.Lr.LrChecks;
using static SpineConformance.Validation.Lr.LrNode;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// Request Status Change (<c>REPC_IN040000UK15</c>, LR.md §9.2). The checks are Spine 2's compiled rules; LR.md names no
/// fault for them, so each borrows the Create LR fault for the same field (LR.md §12.2) and says so.
/// </summary>
public static class LrStatusChangeRules
{
    private const string Source = "LR.md §9.2 [C L4]; fault name [I] from the §12.2 Create LR family";

    private static readonly LrRuleFactory Rules = new("LR-SC", Source, p => p.TriggerPayload("SCRequest"));

    // The status change's MIM names its user author AgentPersonSDS, and lists the system first.
    private static readonly LrChoice User = new("AgentPersonSDS", "user");

    public static MessageRule Payload { get; } = Rules.PayloadPresent("LR-SC-PAYLOAD", "ErrorBase1712.MANDATORY_DATA_MISSING", "subject/SCRequest", "LR.md §8.2, §9.2 [C]; fault name [I]");

    public static MessageRule ReasonCode { get; } = Rules.Rule("LR-SC-REASON-CODE", "ErrorBase1712.MANDATORY_DATA_MISSING",
        "SCRequest has a reasonCode (why the status changes) with a non-empty code", p => CodePresent(At(p, "reasonCode"), "status change reason"));

    public static MessageRule ReasonCodeSystem { get; } = Rules.Rule("LR-SC-REASON-CODE-SYSTEM", "ErrorBase1712.REASONCODE_OID",
        $"The status change reason's codeSystem is SCReasonCode {Hl7.Lr.LrVocabulary.SCReasonCode.CodeSystem}",
        p => CodeSystem(At(p, "reasonCode"), "status change reason", LrVocabulary.SCReasonCode.CodeSystem));

    public static MessageRule ReasonCodeKnown { get; } = Rules.Rule("LR-SC-REASON-CODE-KNOWN", "ErrorBase1712.INVALID_FIELD_VALUE",
        $"A non-empty status change reason is one of the SCReasonCode codes {LrVocabulary.SCReasonCode.Codes[0].Code} to {LrVocabulary.SCReasonCode.Codes[^1].Code}",
        p => string.IsNullOrEmpty(At(p, "reasonCode").Attribute("code")) ? [] : CodeIn(At(p, "reasonCode"), "status change reason", LrVocabulary.SCReasonCode.Codes.Select(c => c.Code)),
        "LR.md §10.2 [C L4, L16]; fault name [I]");

    public static MessageRule PatientIdEmpty { get; } = LrPatientRules.IdPresent(Rules, "LR-SC-PATIENT-ID-EMPTY");

    public static MessageRule PatientIdRoot { get; } = LrPatientRules.IdRoot(Rules, "LR-SC-PATIENT-ID-ROOT");

    public static MessageRule PatientIdLength { get; } = LrPatientRules.Length(Rules, "LR-SC-PATIENT-ID-LENGTH", exactly: true);

    public static MessageRule NhsNumberValid { get; } = LrPatientRules.NhsNumberValid(Rules, "LR-SC-NHS-NUMBER",
        "LR.md §10.7 [C L15: ten numerics]; Modulus 11 and fault name [I], as ACS.md §9 #2");

    public static MessageRule Author { get; } = LrAuthorRules.OneAuthor(Rules, "LR-SC-AUTHOR", LrAuthorRules.System, User);

    public static MessageRule AuthorSystemId { get; } = LrAuthorRules.Root(Rules, "LR-SC-AUTHOR-SYSTEM-ID", "ErrorBase1712.INVALID_AUTHOR_SYSTEM_DEVID_MISSING",
        User.Element, LrAuthorId.Asid, andNonEmpty: true);

    public static MessageRule AuthorUrpId { get; } = LrAuthorRules.Root(Rules, "LR-SC-AUTHOR-URPID", "ErrorBase1712.INVALID_AUTHOR_USER_URPID_MISSING",
        User.Element, LrAuthorId.RoleProfileId);

    public static MessageRule AuthorUserId { get; } = LrAuthorRules.Root(Rules, "LR-SC-AUTHOR-USER-ID", "ErrorBase1712.INVALID_AUTHOR_USER_ID_MISSING",
        User.Element, LrAuthorId.UserId, andNonEmpty: true);

    public static MessageRule AuthorUserIdLength { get; } = LrAuthorRules.Length(Rules, "LR-SC-AUTHOR-USER-ID-LENGTH", "ErrorBase1712.INVALID_AUTHOR_USER_ID_TOO_LONG",
        User.Element, LrAuthorId.UserId, exactly: true);

    public static MessageRule LrId { get; } = Rules.Rule("LR-SC-LR-ID", "ErrorBase1712.MANDATORY_DATA_MISSING",
        $"pertinentInformation/pertinentLR/id names the LR being changed, with the LR record root {LrIdentifiers.LrRecordRoot}",
        p => IdRoot(At(p, "pertinentInformation", "pertinentLR", "id"), "LR id", LrIdentifiers.LrRecordRoot));

    public static MessageRule LrIdLength { get; } = Rules.Rule("LR-SC-LR-ID-LENGTH", "ErrorBase1712.INVALID_FIELD_VALUE",
        $"The LR id's extension is 1 to {Hl7.Identifiers.LrId.MaxLength} characters", CheckLrIdLength);

    public static IReadOnlyList<MessageRule> All { get; } =
    [
        Payload, ReasonCode, ReasonCodeSystem, ReasonCodeKnown, PatientIdEmpty, PatientIdRoot, PatientIdLength, NhsNumberValid,
        Author, AuthorSystemId, AuthorUrpId, AuthorUserId, AuthorUserIdLength, LrId, LrIdLength,
    ];

    private static IEnumerable<Violation> CheckLrIdLength(XElement payload)
    {
        var id = At(payload, "pertinentInformation", "pertinentLR", "id");
        var extension = id.Attribute("extension");
        if (id.Exists && extension is not { Length: >= 1 and <= Hl7.Identifiers.LrId.MaxLength })
        {
            yield return new Violation(id.AttributePath("extension"), $"the LR id, 1 to {Hl7.Identifiers.LrId.MaxLength} characters",
                extension is null ? "(absent)" : $"{Hl7Paths.Describe(extension)} ({extension.Length} characters)") { Node = id.Nearest };
        }
    }
}
