namespace SpineConformance.Simulator.Client;

/// <summary>
/// A rule that makes the simulator misbehave on purpose for matching requests: answer a SOAP fault, an ebXML
/// MessageError or a bare HTTP status instead of processing, or withhold, delay or duplicate the asynchronous reply.
/// A rule matches on any of interaction, NHS number, subject, sender, message id and an HTTP header (all that are set must hold).
/// Rules are tried in order and the first match wins; <see cref="RemainingUses"/> limits a rule to the next N matches.
/// </summary>
public sealed record FaultRule
{
    /// <summary>The id the simulator gave the rule when it was added; ignored when adding.</summary>
    public long Id { get; init; }

    /// <summary>
    /// The tenant (organisation) that added the rule, when it was added with a tenant's key: such a rule is listed and
    /// removed only by that tenant (and the operator), and matches only requests from that tenant's own systems. Set by
    /// the simulator from the key; ignored when adding.
    /// </summary>
    public long? TenantId { get; init; }

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

    /// <summary>What the simulator does instead of, or besides, answering normally.</summary>
    public required FaultKind Kind { get; init; }

    /// <summary>The SOAP fault's TMS error code, or the ebXML error code. The default value is <c>206</c> for faults.</summary>
    public string? Code { get; init; }

    /// <summary>The text of the error code (SOAP fault, MessageError or AE reason). The default value is the code's usual text.</summary>
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

    /// <summary>The rule in words, for logs and the journal.</summary>
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
