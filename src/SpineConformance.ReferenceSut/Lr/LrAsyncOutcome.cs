namespace SpineConformance.ReferenceSut.Lr;

/// <summary>How sending an asynchronous LR request ended; the business result comes later (<see cref="LrBusinessOutcome"/>).</summary>
public enum LrAsyncOutcome
{
    /// <summary>Spine accepted the message (HTTP 202); its reply will arrive at <c>/mhs/inbound</c>.</summary>
    Accepted,

    /// <summary>The user's job role may not do this, so nothing was sent to Spine.</summary>
    Refused,

    /// <summary>Spine did not accept the message: a MessageError, a fault, retries used up, or no answer.</summary>
    Failed,
}
