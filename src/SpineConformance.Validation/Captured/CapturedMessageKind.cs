namespace SpineConformance.Validation.Captured;

/// <summary>What a captured message turned out to be.</summary>
public enum CapturedMessageKind
{
    /// <summary>Not read: see <see cref="CapturedMessage.Unreadable"/>.</summary>
    Unreadable,

    /// <summary>A synchronous request: a SOAP envelope with WS-Addressing headers and an HL7 interaction in its body.</summary>
    SyncSoap,

    /// <summary>An HL7 V3 interaction with no envelope (for example the payload part cut out of an ebXML message).</summary>
    BareHl7,

    /// <summary>An ebXML message: a MIME <c>multipart/related</c> package with the ebXML envelope and the HL7 payload.</summary>
    Ebxml,
}
