namespace SpineConformance.ReferenceSut.Spine;

/// <summary>How recording a sharing decision (Set) ended. Only <see cref="Recorded"/> means Spine holds the decision.</summary>
public enum SetDecisionOutcome
{
    /// <summary>Spine acknowledged the Set with AA.</summary>
    Recorded,

    /// <summary>The user's job role may not change permissions, so nothing was sent to Spine.</summary>
    Refused,

    /// <summary>Spine answered with an error acknowledgement (AE or AR) and its reasons.</summary>
    SpineError,

    /// <summary>Spine answered with a SOAP fault.</summary>
    Fault,

    /// <summary>There was no usable answer, or one that was not an acknowledgement; the decision is not confirmed.</summary>
    Failed,
}
