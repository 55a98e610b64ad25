namespace SpineConformance.Hl7.Lr;

/// <summary>
/// An HL7 <c>II</c> as sent: a root OID and an optional extension, both text so tests can send wrong roots,
/// over-long extensions or empty values.
/// </summary>
public sealed record Hl7Id(string Root, string? Extension = null)
{
    public override string ToString() => Extension is null ? Root : $"{Root}:{Extension}";
}
