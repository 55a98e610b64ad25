namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>What Spine's HTTP answer to one send attempt meant to the MHS (TRANSPORT.md §3.6).</summary>
public enum MhsAnswerKind
{
    /// <summary>HTTP 202, with no body or with an Acknowledgment of this message.</summary>
    Accepted,

    /// <summary>A SOAP fault whose <c>nasp:errorCode</c>s include 200, 206 or 208: resent after the retry interval.</summary>
    RetriableFault,

    /// <summary>Any other SOAP fault: not resent.</summary>
    SoapFault,

    /// <summary>An ebXML MessageError (HTTP 200 or 500): never resent.</summary>
    MessageError,

    /// <summary>No connection, or no answer in time: resent like a retriable fault.</summary>
    Unreachable,

    /// <summary>Anything else, such as an Acknowledgment of another message or an unknown status: not resent.</summary>
    Unexpected,
}
