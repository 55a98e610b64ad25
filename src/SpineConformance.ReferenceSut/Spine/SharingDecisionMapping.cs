using SpineConformance.Hl7.Acs;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// The ACS permission a decision is recorded as. No public source maps GP consent codes to ACS; this follows the
/// likely mapping in ACS.md §10, which is also what the SCR FHIR API sends for Yes, No and Ask.
/// </summary>
internal static class SharingDecisionMapping
{
    /// <summary>Set takes Clear, not Ask, to reset a function to its default (ACS.md §5.2).</summary>
    public static AcsPermission ToAcsPermission(this SharingDecision decision) => decision switch
    {
        SharingDecision.ExpressConsent => AcsPermission.Yes,
        SharingDecision.ExpressDissent => AcsPermission.No,
        SharingDecision.AskForConsent => AcsPermission.Clear,
        _ => throw new ArgumentOutOfRangeException(nameof(decision), decision, "Not a sharing decision."),
    };
}
