namespace SpineConformance.ReferenceSut.Spine;

/// <summary>
/// A patient's SCR sharing decision as a GP clinician records it. ACS has no such codes, so
/// <see cref="SharingDecisionMapping"/> turns each into an ACS permission (ACS.md §10).
/// </summary>
public enum SharingDecision
{
    /// <summary>The patient expressly consents to their SCR being viewed and stored: ACS <c>Yes</c>.</summary>
    ExpressConsent,

    /// <summary>The patient opts out: ACS <c>No</c>.</summary>
    ExpressDissent,

    /// <summary>Back to the default, where a clinician must ask before viewing: ACS <c>Clear</c>.</summary>
    AskForConsent,
}
