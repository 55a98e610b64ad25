namespace SpineConformance.ReferenceSut.Spine;

/// <summary>How a permissions look-up (Get or Has) ended, from the user's point of view.</summary>
public enum PermissionsOutcome
{
    /// <summary>Spine returned the patient's permissions and they are shown.</summary>
    Shown,

    /// <summary>The user's job role may not view permissions, so nothing was sent to Spine.</summary>
    Refused,

    /// <summary>Spine answered with an error acknowledgement (AE or AR) and its reasons.</summary>
    SpineError,

    /// <summary>Spine answered with a SOAP fault.</summary>
    Fault,

    /// <summary>There was no usable answer: Spine was unreachable, timed out, or sent something unreadable.</summary>
    Failed,
}
