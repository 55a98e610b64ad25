namespace SpineConformance.Hl7.Lr;

/// <summary>How an LR interaction travels (LR.md §4.1).</summary>
public enum LrPattern
{
    /// <summary>Synchronous SOAP over HTTP (<c>lrsquery</c>, <c>sdsquery</c>).</summary>
    SyncSoap,

    /// <summary>Reliable asynchronous ebXML through an MHS (<c>lrs</c>, <c>sds</c>).</summary>
    AsyncReliable,
}

/// <summary>The control act wrapper an interaction uses (LR.md §8.2).</summary>
public enum LrControlActKind
{
    /// <summary><c>MCAI_MT040101UK03</c>: the payload under <c>subject</c> (SUBJ, contextConductionInd false).</summary>
    TriggerEvent,

    /// <summary><c>QUQI_MT050000UK01</c>: the parameters as <c>query</c> under <c>ControlActEvent</c>.</summary>
    Query,

    /// <summary><c>QUQI_MT030101UK03</c>: <c>subject</c> then <c>queryAck</c>.</summary>
    QueryResponse,
}

/// <summary>
/// One of the 20 MIM 7.2.02 LR interactions as LR.md §2 tabulates it: MIM name, service, pattern, control act and the
/// payload element under it (<c>query</c> for every query request). Requests go out under the
/// <c>MCCI_MT010101UK12</c> wrapper; responses under <c>MCCI_MT020101UK12</c>, which adds the acknowledgement.
/// </summary>
public sealed record LrInteraction(
    string InteractionId,
    string MimName,
    string Service,
    LrPattern Pattern,
    LrControlActKind ControlAct,
    string PayloadElement,
    bool IsRequest)
{
    public override string ToString() => $"{InteractionId} {MimName}";
}
