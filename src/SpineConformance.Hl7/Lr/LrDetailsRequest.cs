using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// A Query Details as the LR service answers it (LR.md §9.4), read once from a validated <see cref="DetailsQuery"/> by
/// <see cref="LrRequestReader.ReadDetails"/>: the patient's NHS number, the response asked for with its meaning
/// (<see cref="LrVocabulary.DetailsRespType"/>), and the period the LRs must overlap, when one was sent.
/// </summary>
public sealed record LrDetailsRequest(NhsNumber Patient, LrCodedValue ResponseType)
{
    /// <summary>The start of the period's first day (<c>time.Period/value/low</c>), in UTC; none when not sent.</summary>
    public DateTimeOffset? PeriodFrom { get; init; }

    /// <summary>The end of the period's last day (the start of the day after <c>high</c>), in UTC; none when not sent.</summary>
    public DateTimeOffset? PeriodUntil { get; init; }

    /// <summary>Whether the Complete response (02) is asked for, rather than the Simple one.</summary>
    public bool WantsComplete => ResponseType.Code == LrVocabulary.ResponseTypes.Full;
}
