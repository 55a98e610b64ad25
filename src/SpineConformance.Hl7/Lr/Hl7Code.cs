namespace SpineConformance.Hl7.Lr;

/// <summary>
/// An HL7 <c>CV</c>/<c>CD</c> as sent: code, code system and display name, all text. <see cref="OriginalText"/> is
/// the free-text child a dissent override carries (LR.md §9.4).
/// </summary>
public sealed record Hl7Code(string Code, string? CodeSystem = null, string? DisplayName = null)
{
    public string? OriginalText { get; init; }

    public override string ToString() => $"{Code} ({CodeSystem}) {DisplayName}".TrimEnd();
}
