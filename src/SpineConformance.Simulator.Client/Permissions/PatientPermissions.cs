using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// What Spine holds for one patient's SCR: a decision per function, or none (the default, Ask).
/// Only Yes and No are ever held; Set Clear removes the decision.
/// </summary>
public sealed record PatientPermissions(NhsNumber NhsNumber, AcsPermission? View, AcsPermission? Store)
{
    public static PatientPermissions None(NhsNumber nhsNumber) => new(nhsNumber, null, null);

    public AcsPermission? For(AcsFunction function) => function == AcsFunction.View ? View : Store;

    public PatientPermissions With(AcsFunction function, AcsPermission? value) =>
        function == AcsFunction.View ? this with { View = value } : this with { Store = value };

    public IReadOnlyList<AccessControlAssertion> Assertions() =>
        Enum.GetValues<AcsFunction>()
            .Where(f => For(f) is not null)
            .Select(f => AccessControlAssertion.ForScr(NhsNumber.Value, f, For(f)!.Value))
            .ToList();
}
