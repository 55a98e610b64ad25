namespace SpineConformance.ReferenceSut.Lr;

/// <summary>How a synchronous LR query ended, from the user's point of view.</summary>
public enum LrQueryOutcome
{
    /// <summary>Spine answered and the result is shown.</summary>
    Shown,

    /// <summary>The user's job role may not make this query, so nothing was sent to Spine.</summary>
    Refused,

    /// <summary>Spine answered with a Query Act Failed (<c>QUQI_IN010000UK14</c>) or an MCCI error, and its reasons.</summary>
    SpineError,

    /// <summary>Spine answered with a SOAP fault.</summary>
    Fault,

    /// <summary>There was no usable answer: Spine was unreachable, timed out, or sent something unreadable or unexpected.</summary>
    Failed,
}
