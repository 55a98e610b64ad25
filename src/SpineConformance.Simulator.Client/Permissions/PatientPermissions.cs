using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// What Spine holds for one patient's SCR: a decision per function, or none (the default, Ask).
/// Only Yes and No are ever held; Set Clear removes the decision.
/// </summary>
/// <param name="NhsNumber">The patient.</param>
/// <param name="View">The View decision; <see langword="null"/> for none (Ask).</param>
/// <param name="Store">The Store decision; <see langword="null"/> for none (Ask).</param>
public sealed record PatientPermissions(NhsNumber NhsNumber, AcsPermission? View, AcsPermission? Store)
{
    /// <summary>No decision held for either function (Ask).</summary>
    public static PatientPermissions None(NhsNumber nhsNumber) => new(nhsNumber, null, null);

    /// <summary>The decision held for one function; <see langword="null"/> when none is.</summary>
    public AcsPermission? For(AcsFunction function) => function == AcsFunction.View ? View : Store;

    /// <summary>These permissions with one function's decision replaced.</summary>
    public PatientPermissions With(AcsFunction function, AcsPermission? value) =>
        function == AcsFunction.View ? this with { View = value } : this with { Store = value };

    /// <summary>The decisions held, as the assertions a Get answer carries.</summary>
    public IReadOnlyList<AccessControlAssertion> Assertions() =>
        Enum.GetValues<AcsFunction>()
            .Where(f => For(f) is not null)
            .Select(f => AccessControlAssertion.ForScr(NhsNumber.Value, f, For(f)!.Value))
            .ToList();
}
