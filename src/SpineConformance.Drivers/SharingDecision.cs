namespace SpineConformance.Drivers;

/// <summary>A patient's sharing decision as a clinician records it; the system maps it to an ACS permission.</summary>
public enum SharingDecision
{
    /// <summary>Sent as Set <c>Yes</c>.</summary>
    ExpressConsent,

    /// <summary>Sent as Set <c>No</c>.</summary>
    ExpressDissent,

    /// <summary>Sent as Set <c>Clear</c>: back to Spine's default.</summary>
    AskForConsent,
}
