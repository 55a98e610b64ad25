using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Validation.Acs;
using SpineConformance.Validation.Lr;
using SpineConformance.Validation.Rules;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Validation;

/// <summary>
/// Which rules apply to which interaction's requests. <see cref="Spine"/> is what Spine itself checks (the simulator's
/// default); <see cref="Conformance"/> is what a conformant client must satisfy (the suite's checks, and the
/// simulator's strict mode). They differ where Spine is lenient: its Set validator skips the header-to-body
/// consistency rules (ACS.md §3.4), but a client that sends inconsistent ids is still wrong.
/// </summary>
public static class ValidationProfiles
{
    private static readonly IReadOnlyList<MessageRule> Consistency =
        [WrapperRules.InteractionIdConsistent, WrapperRules.ReceiverConsistent, WrapperRules.SenderConsistent];

    private static readonly IReadOnlyList<MessageRule> Envelope = [.. TransportRules.All, .. WrapperRules.All, .. AuthorRules.All];

    private static readonly Dictionary<string, MessageValidator> SpineProfiles = new(StringComparer.Ordinal)
    {
        [AcsInteractions.Get.InteractionId] = new([.. Envelope, .. AcsQueryRules.Get], SchemaValidator.Ours),
        [AcsInteractions.Has.InteractionId] = new([.. Envelope, .. AcsQueryRules.Has], SchemaValidator.Ours),
        [AcsInteractions.Set.InteractionId] = new([.. Envelope.Except(Consistency), .. AcsSetRules.All], SchemaValidator.Ours),
    };

    private static readonly Dictionary<string, MessageValidator> ConformanceProfiles = new(StringComparer.Ordinal)
    {
        [AcsInteractions.Get.InteractionId] = SpineProfiles[AcsInteractions.Get.InteractionId],
        [AcsInteractions.Has.InteractionId] = SpineProfiles[AcsInteractions.Has.InteractionId],
        [AcsInteractions.Set.InteractionId] = new([.. Envelope, .. AcsSetRules.All], SchemaValidator.Ours),
    };

    /// <summary>The rules every synchronous request must satisfy, whatever its interaction: transport, wrapper and authors, and our schema.</summary>
    public static MessageValidator SyncEnvelope { get; } = new(Envelope, SchemaValidator.Ours);

    /// <summary>What Spine checks on an interaction's requests, or <see langword="null"/> when it has no profile yet.</summary>
    public static MessageValidator? Spine(SyncInteraction interaction) =>
        SpineProfiles.GetValueOrDefault(interaction.InteractionId) ?? LrValidationProfiles.Spine(interaction.InteractionId);

    /// <summary>Everything a conformant client's request must satisfy.</summary>
    public static MessageValidator? Conformance(SyncInteraction interaction) =>
        ConformanceProfiles.GetValueOrDefault(interaction.InteractionId) ?? LrValidationProfiles.Conformance(interaction.InteractionId);

    /// <summary>
    /// What Spine checks on an asynchronous request's HL7 payload (carried by ebXML), or <see langword="null"/> when it has no
    /// profile: the wrapper and author rules that apply without a SOAP header, and the interaction's LR rules.
    /// </summary>
    public static MessageValidator? AsyncPayload(string interactionId, bool strict = false) =>
        LrInteractions.Async.Any(a => a.InteractionId == interactionId)
            ? strict ? LrValidationProfiles.Conformance(interactionId) : LrValidationProfiles.Spine(interactionId)
            : null;

    /// <summary>Every rule of every profile, once.</summary>
    public static IEnumerable<MessageRule> AllRules => ConformanceProfiles.Values.SelectMany(v => v.Rules).Concat(LrValidationProfiles.AllRules).Distinct();
}
