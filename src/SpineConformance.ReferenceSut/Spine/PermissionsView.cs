using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Defects;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// What the SUT shows after asking Spine about a patient's SCR permissions (Get or Has). View and Store are Ask
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

    public static PermissionsView Refused(string message) => new(PermissionsOutcome.Refused, AcsPermission.Ask, AcsPermission.Ask, message);

    public static PermissionsView SpineError(string message) => new(PermissionsOutcome.SpineError, AcsPermission.Ask, AcsPermission.Ask, message);

    public static PermissionsView Fault(string message) => new(PermissionsOutcome.Fault, AcsPermission.Ask, AcsPermission.Ask, message);

    public static PermissionsView Failed(string message) => new(PermissionsOutcome.Failed, AcsPermission.Ask, AcsPermission.Ask, message);

    /// <summary>Get and Has answer alike: permissions, or an MCCI error in their place, or a fault.</summary>
    public static PermissionsView From(SpineAnswer answer) => From(answer, DefectSwitches.None);

    /// <summary>As <see cref="From(SpineAnswer)"/>, unless a switched-on defect mistakes an error for "no decision held".</summary>
    public static PermissionsView From(SpineAnswer answer, DefectSwitches defects) => answer switch
    {
        SpineAnswer.None none => Failed(none.Problem),
        SpineAnswer.Received { Response: var response } => response switch
        {
            AcsResponse.PermissionsReturned returned => Shown(returned.Permissions),
            AcsResponse.Faulted when defects.IsOn(DefectCatalogue.FaultShownAsAsk) => NoDecisionHeld(),
            AcsResponse.Acknowledged { Type: not AcknowledgementType.AA } when defects.IsOn(DefectCatalogue.GetErrorShownAsAsk) => NoDecisionHeld(),
            AcsResponse.Faulted faulted => Fault(SpineErrorText.Fault(faulted)),
            AcsResponse.Acknowledged { Type: AcknowledgementType.AA } =>
                Failed("Spine acknowledged the request (AA) but returned no permissions."),
            AcsResponse.Acknowledged error => SpineError(SpineErrorText.Rejected(error, defects.IsOn(DefectCatalogue.FirstReasonOnly))),
            var other => Failed($"Spine's answer was not understood: {other}."),
        },
        _ => throw new ArgumentOutOfRangeException(nameof(answer), answer, "Not a Spine answer."),
    };

    private static PermissionsView NoDecisionHeld() =>
        new(PermissionsOutcome.Shown, AcsPermission.Ask, AcsPermission.Ask, ConsentWording.Describe(AcsPermission.Ask, AcsPermission.Ask));
}
