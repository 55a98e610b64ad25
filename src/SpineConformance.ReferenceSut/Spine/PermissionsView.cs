using SpineConformance.Hl7.Acs;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// What the SUT shows after asking Spine for a patient's SCR permissions. View and Store are Ask
/// unless Spine returned a decision, so a screen never implies consent it was not given.
/// </summary>
/// <param name="Message">The sentence the user reads: the decision, or Spine's error text, or why there was no answer.</param>
public sealed record PermissionsView(PermissionsOutcome Outcome, AcsPermission View, AcsPermission Store, string Message)
{
    public static PermissionsView Shown(ResourcePermissions permissions)
    {
        var view = permissions.PermissionFor(AcsFunction.View);
        var store = permissions.PermissionFor(AcsFunction.Store);
        return new(PermissionsOutcome.Shown, view, store, ConsentWording.Describe(view, store));
    }

    public static PermissionsView SpineError(string message) => new(PermissionsOutcome.SpineError, AcsPermission.Ask, AcsPermission.Ask, message);

    public static PermissionsView Fault(string message) => new(PermissionsOutcome.Fault, AcsPermission.Ask, AcsPermission.Ask, message);

    public static PermissionsView Failed(string message) => new(PermissionsOutcome.Failed, AcsPermission.Ask, AcsPermission.Ask, message);
}
