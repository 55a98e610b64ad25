using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Simulator.State;

/// <summary>
/// The patients a new store starts with, so a developer can try the simulator at once (the README's examples use them).
/// All are synthetic NHS numbers with valid check digits.
/// </summary>
public static class SyntheticPatients
{
    /// <summary>A patient with no decision recorded: Get returns no assertion (Ask).</summary>
    public static readonly NhsNumber NoDecision = NhsNumber.From("9434765919");

    /// <summary>A patient who has dissented: View and Store are No.</summary>
    public static readonly NhsNumber Dissented = NhsNumber.From("9000000009");

    /// <summary>A patient who gave express consent: View and Store are Yes.</summary>
    public static readonly NhsNumber Consented = NhsNumber.From("9449306680");

    public static IReadOnlyList<PatientPermissions> All { get; } =
    [
        PatientPermissions.None(NoDecision),
        new(Dissented, AcsPermission.No, AcsPermission.No),
        new(Consented, AcsPermission.Yes, AcsPermission.Yes),
    ];
}
