namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The <c>query</c> of Query Details (<c>QUPC_MT020101UK15</c>, LR.md §9.4): the LRs held for a patient, optionally within a
/// period. <see cref="ResponseType"/> (DetailsRespType) asks for the Simple (01) or Complete (02) response;
/// <see cref="DissentOverride"/> is code 0 or an override code with its display name and <c>originalText</c>.
/// </summary>
public sealed record DetailsQuery(Hl7Code DissentOverride, Hl7Id Patient, Hl7Code ResponseType)
{
    /// <summary><c>time.Period/value/low</c>, a date <c>yyyyMMdd</c>; Spine 2 requires it when the period is sent.</summary>
    public string? PeriodLow { get; init; }

    /// <summary><c>time.Period/value/high</c>: the end of the period; never without a <see cref="PeriodLow"/>.</summary>
    public string? PeriodHigh { get; init; }

    public bool HasPeriod => PeriodLow is not null || PeriodHigh is not null;

    public static DetailsQuery For(string nhsNumber, bool complete = false) =>
        new(LrVocabulary.DissentOverride.Coded("0"), LrIdentifiers.Patient(nhsNumber), LrVocabulary.DetailsRespType.Coded(complete ? LrVocabulary.ResponseTypes.Full : LrVocabulary.ResponseTypes.Brief));

    /// <summary>An override of the patient's dissent: the reason code and the user's explanation.</summary>
    public static Hl7Code Override(string dissentOverrideCode, string explanation) =>
        LrVocabulary.DissentOverride.Coded(dissentOverrideCode) with { OriginalText = explanation };
}
