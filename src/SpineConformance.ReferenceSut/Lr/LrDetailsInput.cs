namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// What the user asks of the details query (LR.md §9.4): Simple or Complete, optionally within a period (<c>yyyyMMdd</c>),
/// and a dissent override — <c>0</c> (no override) by default; any other code needs the user's explanation.
/// </summary>
public sealed record LrDetailsInput(string NhsNumber, bool Complete = false, string DissentOverride = "0", string? OverrideExplanation = null)
{
    public string? From { get; init; }

    public string? To { get; init; }
}
