using SpineConformance.Hl7.Lr;
using SpineConformance.Validation.Rules;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Validation.Lr;

/// <summary>
/// Which rules apply to each LR request interaction, in layer order (envelope, then payload), for a conformant client.
/// Sync queries arrive in a SOAP envelope and get every envelope rule. Async requests arrive as the bare HL7 payload of an
/// ebXML message: the SOAP header rules and the header-to-body ASID comparisons have nothing to read (the ebXML header's
/// own rules are <c>Validation/Ebxml</c>'s), so they get only the wrapper and control-act author rules, with the ebXML
/// <c>Service/Action</c> standing in for <c>wsa:Action</c> in the interaction id check.
/// </summary>
/// <remarks>
/// <see cref="Conformance"/> is what a conformant client must satisfy; <see cref="Spine"/> is what Spine itself checks, the
/// simulator's default. They differ where Spine is lenient (LR.md §15.1): no LR validator compares <c>wsa:Action</c> or the
/// header ASIDs with the body, so the Spine profile of a query leaves out the three header-to-body consistency rules, as
/// ACS Set's does (ValidationProfiles). Nor does it reject a batch for one bad NHS number: the batch answer reports that
/// patient inline (LR.md §9.5, §13), so the Spine profile leaves out <see cref="LrBatchQueryRules.NhsNumberValid"/>. Refusing
/// LR type 11 and an unknown status change reason is Spine's business logic, not its validators' (§13, §15.1): the Spine
/// profile leaves those to the simulator's handlers, which answer with their own refusal codes. Only four LR requests have a compiled Spine 2 validator at all; the others' payload
/// rules come from their schemas and the MIM, and each rule's Source says which.
/// </remarks>
public static class LrValidationProfiles
{
    /// <summary>What a SOAP-enveloped query is checked for before its payload.</summary>
    public static IReadOnlyList<MessageRule> SyncEnvelope { get; } = [.. TransportRules.All, .. WrapperRules.All, .. AuthorRules.All];

    /// <summary>What an ebXML-carried payload is checked for before its payload: the transmission wrapper and control act.</summary>
    public static IReadOnlyList<MessageRule> AsyncWrapper { get; } =
    [
        WrapperRules.InteractionIdConsistent, WrapperRules.Id, WrapperRules.CreationTime, WrapperRules.VersionCode,
        WrapperRules.ControlActEvent, WrapperRules.PayloadPresent, .. AuthorRules.All,
    ];

    private static readonly Dictionary<string, IReadOnlyList<MessageRule>> Profiles = new(StringComparer.Ordinal)
    {
        [LrInteractions.RequestCreateLrId] = [.. AsyncWrapper, .. LrCreateRules.All],
        [LrInteractions.RequestStatusChangeId] = [.. AsyncWrapper, .. LrStatusChangeRules.All],
        [LrInteractions.AddUserToWorkgroupRequestId] = [.. AsyncWrapper, .. LrWorkgroupMembershipRules.Add],
        [LrInteractions.RemoveUserFromWorkgroupRequestId] = [.. AsyncWrapper, .. LrWorkgroupMembershipRules.Remove],
        [LrInteractions.QueryConfirmationId] = [.. SyncEnvelope, .. LrConfirmationQueryRules.All],
        [LrInteractions.QueryDetailsId] = [.. SyncEnvelope, .. LrDetailsQueryRules.All],
        [LrInteractions.QueryBatchConfirmationId] = [.. SyncEnvelope, .. LrBatchQueryRules.All],
        [LrInteractions.IdentifyUserRoleProfilesQueryId] = [.. SyncEnvelope, .. LrSdsQueryRules.UserRoleProfiles],
        [LrInteractions.WorkgroupMemberQueryId] = [.. SyncEnvelope, .. LrSdsQueryRules.WorkgroupMembers],
    };

    private static readonly IReadOnlyList<MessageRule> SyncLenientInSpine =
        [WrapperRules.InteractionIdConsistent, WrapperRules.ReceiverConsistent, WrapperRules.SenderConsistent, LrBatchQueryRules.NhsNumberValid];

    private static readonly IReadOnlyList<MessageRule> BusinessRefusals = [LrCreateRules.NotGpRegistration, LrStatusChangeRules.ReasonCodeKnown];

    private static readonly Dictionary<string, MessageValidator> Validators =
        Profiles.ToDictionary(p => p.Key, p => new MessageValidator(p.Value, SchemaValidator.Ours), StringComparer.Ordinal);

    private static readonly Dictionary<string, MessageValidator> SpineValidators = Profiles.ToDictionary(
        p => p.Key,
        p => new MessageValidator([.. p.Value.Except(p.Value.Contains(TransportRules.MessageId) ? SyncLenientInSpine : BusinessRefusals)], SchemaValidator.Ours),
        StringComparer.Ordinal);

    /// <summary>The LR request interactions that have a profile.</summary>
    public static IReadOnlyCollection<string> InteractionIds => Profiles.Keys;

    /// <summary>The rules for an LR request interaction, or <see langword="null"/> for one that is not an LR request.</summary>
    public static IReadOnlyList<MessageRule>? RulesFor(string interactionId) => Profiles.GetValueOrDefault(interactionId);

    /// <summary>The rules and our schema for an LR request interaction, or <see langword="null"/> for one that is not an LR request.</summary>
    public static MessageValidator? Conformance(string interactionId) => Validators.GetValueOrDefault(interactionId);

    /// <summary>What Spine checks on an LR request interaction, or <see langword="null"/> for one that is not an LR request.</summary>
    public static MessageValidator? Spine(string interactionId) => SpineValidators.GetValueOrDefault(interactionId);

    /// <summary>Every LR payload rule (not the shared envelope rules), once.</summary>
    public static IEnumerable<MessageRule> LrRules => Profiles.Values.SelectMany(r => r).Except(SyncEnvelope).Distinct();

    /// <summary>Every rule of every LR profile, once.</summary>
    public static IEnumerable<MessageRule> AllRules => Profiles.Values.SelectMany(r => r).Distinct();
}
