namespace SpineConformance.Hl7.Lr;

/// <summary>One code of an LR vocabulary. <see cref="Retired"/> marks codes MIM 7.2.02 lists as "No longer current".</summary>
public sealed record LrCodedValue(string Code, string DisplayName)
{
    public bool Retired { get; init; }
}

/// <summary>An LR code system: its MIM vocabulary name, OID and codes with their display names (LR.md §10).</summary>
public sealed record LrCodeList(string Name, string CodeSystem, IReadOnlyList<LrCodedValue> Codes)
{
    public bool Contains(string? code) => Codes.Any(c => c.Code == code);

    public bool IsCurrent(string? code) => Codes.Any(c => c.Code == code && !c.Retired);

    /// <summary>The code with its meaning, or <see langword="null"/> when the list does not hold it.</summary>
    public LrCodedValue? Find(string? code) => Codes.FirstOrDefault(c => c.Code == code);

    /// <summary>The display name of a code, or <see langword="null"/> when the list does not hold it.</summary>
    public string? DisplayNameOf(string? code) => Codes.FirstOrDefault(c => c.Code == code)?.DisplayName;

    /// <summary>The code as a coded value of this system, with its display name; throws for a code the list lacks.</summary>
    public Hl7Code Coded(string code) =>
        Contains(code)
            ? new Hl7Code(code, CodeSystem, DisplayNameOf(code))
            : throw new ArgumentException($"'{code}' is not a {Name} code; the codes are {string.Join(", ", Codes.Select(c => c.Code))}.", nameof(code));
}
