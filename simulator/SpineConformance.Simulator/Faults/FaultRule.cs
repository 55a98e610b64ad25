namespace SpineConformance.Simulator.Faults;

/// <summary>
/// A rule that makes the simulator misbehave on purpose for matching requests: answer a SOAP fault, an ebXML
/// MessageError or a bare HTTP status instead of processing, or withhold, delay or duplicate the asynchronous reply.
/// Rules are tried in order and the first match wins; <see cref="RemainingUses"/> limits a rule to the next N matches.
/// </summary>
public sealed record FaultRule
{
    public long Id { get; init; }

    /// <summary>Matches the interaction id (e.g. <c>REPC_IN010000UK15</c>); any when empty.</summary>
    public string? Interaction { get; init; }

    /// <summary>Matches the NHS number in the payload; any when empty.</summary>
    public string? NhsNumber { get; init; }

    /// <summary>Matches the sending ASID (sync) or party key (ebXML); any when empty.</summary>
    public string? Sender { get; init; }

    public required FaultKind Kind { get; init; }

    /// <summary>The SOAP fault's TMS error code, or the ebXML error code. The default value is <c>206</c> for faults.</summary>
    public string? Code { get; init; }

    public string? Text { get; init; }

    /// <summary>The HTTP status for <see cref="FaultKind.HttpStatus"/> and <see cref="FaultKind.MessageError"/> (200 or 500).</summary>
    public int? HttpStatus { get; init; }

    /// <summary>
    /// For <see cref="FaultKind.DelayReply"/>: how long to hold the asynchronous reply; for <see cref="FaultKind.DelayResponse"/>:
    /// how long to hold the synchronous answer; for <see cref="FaultKind.NoResponse"/>: how long to keep the connection open
    /// before dropping it (five minutes when empty).
    /// </summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>How many more matching requests this rule applies to; for ever when empty.</summary>
    public int? RemainingUses { get; init; }

    public bool Matches(string? interaction, string? nhsNumber, string? sender) =>
        (string.IsNullOrEmpty(Interaction) || Interaction == interaction)
        && (string.IsNullOrEmpty(NhsNumber) || NhsNumber == nhsNumber)
        && (string.IsNullOrEmpty(Sender) || Sender == sender)
        && RemainingUses is null or > 0;

    public override string ToString() =>
        $"fault rule {Id} ({Kind}{(Code is null ? string.Empty : " " + Code)}; interaction {Interaction ?? "any"}, NHS number {NhsNumber ?? "any"}, sender {Sender ?? "any"})";
}

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
    /// Synchronous: answer the interaction's own AE response (HTTP 200) whose one reason is <see cref="FaultRule.Code"/>
    /// and <see cref="FaultRule.Text"/>, processing nothing; for a Spine business refusal the client must show.
    /// </summary>
    BusinessError,

    /// <summary>Synchronous: process the request, then answer only after <see cref="FaultRule.Delay"/>.</summary>
    DelayResponse,

    /// <summary>Synchronous: process the request, then close the connection without answering.</summary>
    DropConnection,

    /// <summary>Synchronous: process the request, then answer its HTTP status with an empty body.</summary>
    EmptyResponse,

    /// <summary>Synchronous: process the request, then send only the first half of the answer's bytes (the XML is cut off).</summary>
    TruncatedResponse,

    /// <summary>
    /// Synchronous: process the request, then send nothing and hold the connection open until the client gives up (or
    /// <see cref="FaultRule.Delay"/> passes, five minutes by default, when the connection is dropped).
    /// </summary>
    NoResponse,
}

/// <summary>Which fault kinds apply to which transport, and which change how a synchronous answer travels rather than what it says.</summary>
public static class TransportFaults
{
    /// <summary>Whether a rule of this kind can apply to a synchronous SOAP request; other rules are passed over for one.</summary>
    public static bool AppliesToSync(this FaultKind kind) =>
        kind is FaultKind.SoapFault or FaultKind.HttpStatus or FaultKind.BusinessError || kind.IsTransport();

    /// <summary>Whether a rule of this kind can apply to an ebXML request; other rules are passed over for one.</summary>
    public static bool AppliesToEbxml(this FaultKind kind) => kind is not FaultKind.BusinessError && !kind.IsTransport();

    /// <summary>How long <see cref="FaultKind.NoResponse"/> holds the connection when the rule names no delay.</summary>
    public static readonly TimeSpan DefaultHold = TimeSpan.FromMinutes(5);

    public static bool IsTransport(this FaultKind kind) =>
        kind is FaultKind.DelayResponse or FaultKind.DropConnection or FaultKind.EmptyResponse or FaultKind.TruncatedResponse or FaultKind.NoResponse;

    /// <summary>The bytes that actually leave the simulator for an answer under this fault.</summary>
    public static byte[] Sent(FaultKind kind, byte[] answer) => kind switch
    {
        FaultKind.DropConnection or FaultKind.EmptyResponse or FaultKind.NoResponse => [],
        FaultKind.TruncatedResponse => answer[..(answer.Length / 2)],
        _ => answer,
    };
}
