using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// A Create LR request as the LR service acts on it (LR.md §9.1), read once from a validated <see cref="CreateRequest"/>
/// by <see cref="LrRequestReader.ReadCreation"/>: the patient's NHS number, the LR type with its meaning
/// (<see cref="LrVocabulary.LrType"/>), who the LR is for and who asks, and what the request says of access and alerts.
/// </summary>
public sealed record LrCreation(NhsNumber Patient, LrCodedValue LrType, LrAgent Subject, LrAgent Author)
{
    /// <summary>The standard access reason with its meaning (<see cref="LrVocabulary.AccessReasonCode"/>), when one was sent.</summary>
    public LrCodedValue? AccessReason { get; init; }

    /// <summary>The access reason's free text, as sent.</summary>
    public string? Justification { get; init; }

    /// <summary>Whether the request asks for a privacy-officer alert (AlertCode <see cref="LrVocabulary.Alerts.Yes"/>).</summary>
    public bool AlertRequested { get; init; }

    /// <summary>When the LR ends, from <c>effectiveTime</c>, in UTC; only an express consent (type 04) carries one.</summary>
    public DateTimeOffset? EffectiveUntil { get; init; }
}
