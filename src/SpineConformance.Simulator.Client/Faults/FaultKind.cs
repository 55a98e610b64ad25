namespace SpineConformance.Simulator.Client;

/// <summary>The misbehaviours a fault rule can ask for.</summary>
public enum FaultKind
{
    /// <summary>Answer HTTP 500 with a SOAP fault (<c>nasp:errorList</c>, TMS code <see cref="FaultRule.Code"/>), processing nothing.</summary>
    SoapFault,

    /// <summary>Answer an ebXML MessageError (HTTP 200 unless <see cref="FaultRule.HttpStatus"/> says 500), processing nothing.</summary>
    MessageError,

    /// <summary>Answer a bare HTTP status with an empty body.</summary>
    HttpStatus,

    /// <summary>Process the request but never send the asynchronous reply.</summary>
    WithholdReply,

    /// <summary>Process the request and send the asynchronous reply twice (same MessageId).</summary>
    DuplicateReply,

    /// <summary>Process the request and send the asynchronous reply after <see cref="FaultRule.Delay"/>.</summary>
    DelayReply,

    /// <summary>
    /// Treat the receiver's first acknowledgements of the asynchronous reply as lost (as many as <see cref="FaultRule.Code"/>
    /// says, default 1), so Spine resends the reply per the receiver's retry settings.
    /// </summary>
    LoseAcknowledgements,

    /// <summary>
    /// Synchronous: answer the interaction's own AE response (HTTP 200) whose reasons are <see cref="FaultRule.Reasons"/>, or
    /// the one reason <see cref="FaultRule.Code"/> and <see cref="FaultRule.Text"/>, processing nothing; for a Spine business
    /// refusal the client must show.
    /// </summary>
    BusinessError,

    /// <summary>Process the request, then answer (the SOAP answer, or the ebXML Acknowledgment) only after <see cref="FaultRule.Delay"/>.</summary>
    DelayResponse,

    /// <summary>Process the request, then close the connection without answering (for ebXML: the Acknowledgment is lost).</summary>
    DropConnection,

    /// <summary>Process the request, then answer its HTTP status with an empty body.</summary>
    EmptyResponse,

    /// <summary>Process the request, then send only the first half of the answer's bytes (the XML or MIME is cut off).</summary>
    TruncatedResponse,

    /// <summary>
    /// Process the request, then send nothing and hold the connection open until the client gives up (or
    /// <see cref="FaultRule.Delay"/> passes, five minutes by default, when the connection is dropped).
    /// </summary>
    NoResponse,

    /// <summary>
    /// Asynchronous: accept the message as usual (HTTP 202 and the Acknowledgment) but process nothing, and send as the
    /// business reply an MCCI AE whose reasons are <see cref="FaultRule.Reasons"/>, or <see cref="FaultRule.Code"/> and
    /// <see cref="FaultRule.Text"/>: Spine's refusal of a well-formed request, which the client must show.
    /// </summary>
    BusinessErrorReply,
}
