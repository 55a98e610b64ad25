using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Validation.Acs;
using SpineConformance.Validation.Rules;
using SpineConformance.Validation.Schema;

namespace SpineConformance.Validation;

/// <summary>Which rules apply to which interaction's requests.</summary>
public static class ValidationProfiles
{
    private static readonly IReadOnlyList<MessageRule> SyncEnvelope =
        [.. TransportRules.All, .. WrapperRules.All, .. AuthorRules.All];

    private static readonly Dictionary<string, MessageValidator> ByInteraction = new(StringComparer.Ordinal)
    {
        [AcsInteractions.Get.InteractionId] = new MessageValidator([.. SyncEnvelope, .. AcsGetRules.All], SchemaValidator.Ours),
    };

    /// <summary>The validator for an interaction's requests, or <see langword="null"/> when it has no profile yet.</summary>
    public static MessageValidator? For(SyncInteraction interaction) => ByInteraction.GetValueOrDefault(interaction.InteractionId);

    public static IEnumerable<MessageRule> AllRules => ByInteraction.Values.SelectMany(v => v.Rules).Distinct();
}
