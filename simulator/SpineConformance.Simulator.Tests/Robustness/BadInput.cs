namespace SpineConformance.Simulator.Tests.Robustness;

/// <summary>Which of Spine's doors a bad input knocks on.</summary>
public enum SpineTransport
{
    /// <summary>Synchronous SOAP on <c>/sync-service</c>.</summary>
    SyncSoap,

    /// <summary>An ebXML reliable message on <c>/reliablemessaging/reliablerequest</c>.</summary>
    Ebxml,
}

/// <summary>One HTTP request exactly as a broken client would send it: the headers it sets (or leaves out) and the bytes.</summary>
public sealed record BadRequest(string Path, string? ContentType, string? SoapAction, byte[] Body);

/// <summary>
/// One bad input of the catalogue: what it is, where it goes, and the Spine-shaped answer that says what was wrong.
/// <see cref="Never"/> lists text that must appear in neither the answer nor the journal (what an entity would have read
/// or expanded to).
/// </summary>
public sealed record BadInput(string Name, SpineTransport Transport, Func<BadRequest> Build, ExpectedAnswer Expected)
{
    /// <summary>Whether the journal keeps the request's bytes: false only where the body is refused before it is read (over the size limit).</summary>
    public bool BodyKept { get; init; } = true;

    public IReadOnlyList<string> Never { get; init; } = [];

    public override string ToString() => Name;
}

/// <summary>What the simulator must answer a bad input with, and the words the answer must contain.</summary>
public abstract record ExpectedAnswer(IReadOnlyList<string> Says)
{
    /// <summary>A SOAP fault (<c>nasp:errorList</c>) with this TMS code, sent with this HTTP status.</summary>
    public sealed record Fault(int Status, string ErrorCode, params string[] Words) : ExpectedAnswer(Words);

    /// <summary>
    /// An HL7 refusal on the synchronous connection, HTTP 200: an <c>MCCI_IN010000UK13</c> AE (ACS) or a <c>QUQI_IN010000UK14</c>
    /// AE (LR queries), one of whose reasons has this code.
    /// </summary>
    public sealed record Refusal(string ReasonCode, params string[] Words) : ExpectedAnswer(Words);

    /// <summary>An ebXML MessageError with this <c>eb:errorCode</c>, on the connection; nothing is processed.</summary>
    public sealed record MessageError(string ErrorCode, params string[] Words) : ExpectedAnswer(Words);

    /// <summary>Accepted (202 and an ebXML Acknowledgment), then refused by an asynchronous <c>MCCI_IN010000UK13</c> AE at the sender's MHS.</summary>
    public sealed record AsyncRefusal(string ReasonCode, params string[] Words) : ExpectedAnswer(Words);

    /// <summary>
    /// Not an error at all: free text is the sender's to choose. The request is answered as usual and <paramref name="Text"/>
    /// is kept exactly as sent, in the journal and in the state the admin API shows.
    /// </summary>
    public sealed record KeptVerbatim(string Text) : ExpectedAnswer([]);
}
