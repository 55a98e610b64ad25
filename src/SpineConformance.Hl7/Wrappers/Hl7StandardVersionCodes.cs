namespace SpineConformance.Hl7.Wrappers;

/// <summary>
/// The HL7StandardVersionCode vocabulary of MIM 7.2.02: the <c>versionCode</c> values an interaction whose schema
/// restricts its version code may carry (ACS Set, the Workgroup Member Query and its response). The later entries lack
/// the leading V in the vocabulary itself, and are listed as it spells them.
/// </summary>
public static class Hl7StandardVersionCodes
{
    public static IReadOnlySet<string> Listed { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "V3NPfIT2.0", "V3NPfIT2.1", "V3NPfIT2.2", "V3NPfIT2.3", "V3NPfIT3.0", "V3NPfIT3.1",
        "V3NPfIT3.1.01", "V3NPfIT3.1.02", "V3NPfIT3.1.03", "V3NPfIT3.1.04", "V3NPfIT3.1.05", "V3NPfIT3.1.06", "V3NPfIT3.1.07",
        "V3NPfIT3.1.08", "V3NPfIT3.1.09", "V3NPfIT3.1.10", "V3NPfIT4.0.0", "V3NPfIT4.1", "V3NPfIT4.1.01", "V3NPfIT4.1.02",
        "V3NPfIT4.1.03", "V3NPfIT4.1.04", "V3NPfIT4.2.00", "V3NPfIT5.0", "V3NPfIT5.1", "V3NPfIT5.2", "V3NPfIT5.3", "V3NPfIT5.4.00",
        "3NPfIT5.5.00", "3NPfIT5.5.01", "3NPfIT6.1.00", "3NPfIT6.1.01", "3NPfIT6.1.02", "3NPfIT6.2.00", "3NPfIT6.2.01",
        "3NPfIT6.2.02", "3NPfIT6.3.00", "3NPfIT6.3.01", "3NPfIT7.0.00", "3NPfIT7.1.00", "3NPfIT7.2.00", "3NPfIT7.2.01",
        "3NPfIT7.2.02",
    };
}
