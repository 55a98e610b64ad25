namespace SpineConformance.Simulator.Faults;

/// <summary>
/// A rule that makes the simulator misbehave on purpose for matching requests: answer a SOAP fault, an ebXML
/// MessageError or a bare HTTP status instead of processing, or withhold, delay or duplicate the asynchronous reply.
/// A rule matches on any of interaction, NHS number, subject, sender, message id and an HTTP header (all that are set must hold).
/// Rules are tried in order and the first match wins; <see cref="RemainingUses"/> limits a rule to the next N matches.
/// </summary>
public sealed record FaultRule
{
    public long Id { get; init; }

    /// <summary>Matches the interaction id (e.g. <c>REPC_IN010000UK15</c>); any when empty.</summary>
    public string? Interaction { get; init; }

    /// <summary>Matches the NHS number in the payload; any when empty.</summary>
    public string? NhsNumber { get; init; }

    /// <summary>
    /// Matches the id the request is about: the NHS number for patient messages; the member's SDS user id for Add/Remove User
    /// to/from Workgroup; the queried user id for Identify User Role Profiles; one of the workgroup ids asked about for the
    /// Workgroup Member Query. Any when empty. Lets a rule pick out one SDS request among others of the same interaction.
    /// </summary>
    public string? Subject { get; init; }

    /// <summary>Matches the sending ASID (sync) or party key (ebXML); any when empty.</summary>
    public string? Sender { get; init; }

    /// <summary>
    /// Matches the request's message id, ignoring case and a <c>uuid:</c> prefix: <c>wsa:MessageID</c> for SOAP,
    /// <c>eb:MessageId</c> for ebXML; any when empty.
    /// </summary>
    public string? MessageId { get; init; }

    /// <summary>Matches requests carrying this HTTP header (name without regard to case); any when empty.</summary>
    public string? Header { get; init; }

    /// <summary>With <see cref="Header"/>: the header's exact value; any value when empty.</summary>
    public string? HeaderValue { get; init; }

    public required FaultKind Kind { get; init; }

    /// <summary>The SOAP fault's TMS error code, or the ebXML error code. The default value is <c>206</c> for faults.</summary>
    public string? Code { get; init; }

    public string? Text { get; init; }

    /// <summary>
    /// For <see cref="FaultKind.BusinessError"/>: every reason the AE carries, in order (a general one then a specific one,
    /// as Spine often answers). When empty, the AE's one reason is <see cref="Code"/> and <see cref="Text"/>.
    /// </summary>
    public IReadOnlyList<FaultReason>? Reasons { get; init; }

    /// <summary>The reasons a <see cref="FaultKind.BusinessError"/> answers with: <see cref="Reasons"/>, or <see cref="Code"/> and <see cref="Text"/>.</summary>
    public IReadOnlyList<FaultReason> BusinessReasons() =>
        Reasons is { Count: > 0 } reasons ? reasons : [new FaultReason(Code ?? "INJECTED", Text)];

    /// <summary>The HTTP status for <see cref="FaultKind.HttpStatus"/> and <see cref="FaultKind.MessageError"/> (200 or 500).</summary>
    public int? HttpStatus { get; init; }

    /// <summary>
    /// For <see cref="FaultKind.DelayReply"/>: how long to hold the asynchronous reply; for <see cref="FaultKind.DelayResponse"/>:
    /// how long to hold the synchronous answer; for <see cref="FaultKind.NoResponse"/>: how long to keep the connection open
    /// before dropping it (five minutes when empty).
    /// </summary>
    public TimeSpan? Delay { get; init; }

    /// <summary>The longest delay a rule may ask for: a connection or a reply held longer is a leak, not a test.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    /// <summary>How many more matching requests this rule applies to; for ever when empty.</summary>
    public int? RemainingUses { get; init; }

    /// <summary>What is wrong with this rule, in words for whoever wrote it; <see langword="null"/> when it can be used.</summary>
    public string? Problem() => Kind switch
    {
        FaultKind.HttpStatus when HttpStatus is not (>= 100 and <= 599) => "An HttpStatus rule needs httpStatus between 100 and 599.",
        FaultKind.DelayReply when Delay is null || Delay <= TimeSpan.Zero => "A DelayReply rule needs a positive delay, e.g. \"PT5S\".",
        FaultKind.DelayResponse when Delay is null || Delay <= TimeSpan.Zero => "A DelayResponse rule needs a positive delay, e.g. \"PT5S\".",
        FaultKind.NoResponse when Delay <= TimeSpan.Zero => "A NoResponse rule's delay (how long to hold the connection) must be positive, or left out for five minutes.",
        _ when Delay > MaxDelay => $"delay must be at most an hour (PT1H); {System.Xml.XmlConvert.ToString(Delay.Value)} was given.",
        FaultKind.BusinessError or FaultKind.BusinessErrorReply when string.IsNullOrWhiteSpace(Code) && Reasons is not { Count: > 0 } =>
            $"A {Kind} rule needs the code to answer, e.g. \"35506\" (text is optional), or reasons, e.g. [{{\"code\": \"400\", \"text\": \"Invalid Request\"}}].",
        _ when Reasons?.Any(r => string.IsNullOrWhiteSpace(r?.Code)) == true => "Every one of reasons needs a code, e.g. {\"code\": \"35506\", \"text\": \"Patient not found\"}.",
        _ when Reasons is { Count: > 0 } && Kind is not (FaultKind.BusinessError or FaultKind.BusinessErrorReply) =>
            $"reasons apply to BusinessError and BusinessErrorReply rules only, not {Kind}.",
        _ when !string.IsNullOrEmpty(HeaderValue) && string.IsNullOrWhiteSpace(Header) => "headerValue needs header, the HTTP header's name (e.g. \"X-Test-Case\").",
        _ when RemainingUses is < 1 => "remainingUses must be at least 1, or left out for a rule that always applies.",
        _ => null,
    };

    public bool Matches(FaultRequest request) =>
        (string.IsNullOrEmpty(Interaction) || Interaction == request.Interaction)
        && (string.IsNullOrEmpty(NhsNumber) || NhsNumber == request.NhsNumber)
        && (string.IsNullOrEmpty(Subject) || request.Subjects.Contains(Subject, StringComparer.Ordinal))
        && (string.IsNullOrEmpty(Sender) || Sender == request.Sender)
        && (string.IsNullOrEmpty(MessageId) || string.Equals(BareId(MessageId), BareId(request.MessageId), StringComparison.OrdinalIgnoreCase))
        && (string.IsNullOrEmpty(Header) || (request.Headers.TryGetValue(Header, out var value)
            && (string.IsNullOrEmpty(HeaderValue) || string.Equals(value.Trim(), HeaderValue.Trim(), StringComparison.Ordinal))))
        && RemainingUses is null or > 0;

    private static string? BareId(string? id) =>
        id is not null && id.StartsWith("uuid:", StringComparison.OrdinalIgnoreCase) ? id[5..] : id;

    public override string ToString()
    {
        var match = new List<string> { $"interaction {Interaction ?? "any"}", $"NHS number {NhsNumber ?? "any"}", $"sender {Sender ?? "any"}" };
        if (!string.IsNullOrEmpty(Subject))
        {
            match.Add($"subject {Subject}");
        }

        if (!string.IsNullOrEmpty(MessageId))
        {
            match.Add($"message id {MessageId}");
        }

        if (!string.IsNullOrEmpty(Header))
        {
            match.Add(string.IsNullOrEmpty(HeaderValue) ? $"header {Header}" : $"header {Header}: {HeaderValue}");
        }

        return $"fault rule {Id} ({Kind}{(Code is null ? string.Empty : " " + Code)}; {string.Join(", ", match)})";
    }
}

/// <summary>One reason of a <see cref="FaultKind.BusinessError"/>'s AE: its code and, optionally, its text (the display name).</summary>
public sealed record FaultReason(string Code, string? Text = null);

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

/// <summary>Which fault kinds apply to which transport, and which change how an answer travels rather than what it says.</summary>
public static class TransportFaults
{
    /// <summary>Whether a rule of this kind can apply to a synchronous SOAP request; other rules are passed over for one.</summary>
    public static bool AppliesToSync(this FaultKind kind) =>
        kind is FaultKind.SoapFault or FaultKind.HttpStatus or FaultKind.BusinessError || kind.IsTransport();

    /// <summary>Whether a rule of this kind can apply to an ebXML request; other rules are passed over for one.</summary>
    public static bool AppliesToEbxml(this FaultKind kind) => kind is not FaultKind.BusinessError;

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
