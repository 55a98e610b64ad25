using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// One exchange with the simulator, kept as evidence: the exact bytes each way, when and how long,
/// the correlation ids, and what validation found.
/// </summary>
/// <param name="Id">The entry's id, increasing; a mark for what came later.</param>
/// <param name="ReceivedAt">When the request arrived (inbound) or the reply was sent (outbound).</param>
/// <param name="Duration">How long the exchange took.</param>
/// <param name="Path">The URL path the request was sent to.</param>
/// <param name="SoapAction">The SOAPAction header, when there was one.</param>
/// <param name="InteractionId">The HL7 interaction id, when it could be read.</param>
/// <param name="StatusCode">The HTTP status of the answer.</param>
/// <param name="RequestBody">The request's bytes.</param>
/// <param name="ResponseBody">The answer's bytes.</param>
/// <param name="Validation">Every finding validation made on the request.</param>
public sealed record JournalEntry(
    long Id,
    DateTimeOffset ReceivedAt,
    TimeSpan Duration,
    string Path,
    string? SoapAction,
    string? InteractionId,
    int StatusCode,
    byte[] RequestBody,
    byte[] ResponseBody,
    ValidationReport Validation)
{
    /// <summary>The NHS number in the payload, when there is one.</summary>
    public string? NhsNumber { get; init; }

    /// <summary>The sending system's ASID.</summary>
    public string? SenderAsid { get; init; }

    /// <summary>The WS-Addressing MessageID of a synchronous request.</summary>
    public string? WsaMessageId { get; init; }

    /// <summary>The request's Content-Type header.</summary>
    public string? RequestContentType { get; init; }

    /// <summary>What the simulator did, in a few words: "answered", "AE: ...", "SOAP fault 101", …</summary>
    public string Outcome { get; init; } = string.Empty;

    /// <summary>Inbound: a client's request and the simulator's answer. Outbound: the simulator's asynchronous reply and the client's answer.</summary>
    public ExchangeDirection Direction { get; init; } = ExchangeDirection.Inbound;

    /// <summary>The ebXML <c>ConversationId</c>, linking a request, its acknowledgement and its asynchronous reply.</summary>
    public string? ConversationId { get; init; }

    /// <summary>The ebXML <c>MessageId</c> of the message the simulator received (inbound) or sent (outbound).</summary>
    public string? EbxmlMessageId { get; init; }

    /// <summary>The ebXML RefToMessageId, on acknowledgements and replies.</summary>
    public string? RefToMessageId { get; init; }

    /// <summary>For outbound deliveries: which attempt this was (1 for the first).</summary>
    public int? Attempt { get; init; }

    /// <summary>Whether <see cref="RequestBody"/> and <see cref="ResponseBody"/> are the exchange's whole bytes (see <see cref="JournalBodies"/>).</summary>
    public JournalBodies Bodies { get; init; } = JournalBodies.Complete;

    /// <summary>When the bodies are not complete, what is missing and why, in words for the reader.</summary>
    public string? BodiesNote { get; init; }

    /// <summary>
    /// The id of the tenant (organisation) whose system sent the request, or received the reply, when the simulator has
    /// tenants and one owns that system; recorded when the entry is written, so it stays the same if systems move later.
    /// </summary>
    public long? TenantId { get; init; }

    /// <summary>How many bytes the bodies take in memory.</summary>
    public long BodyBytes => RequestBody.LongLength + ResponseBody.LongLength;
}

/// <summary>How much of an exchange's bytes a journal entry in memory holds.</summary>
public enum JournalBodies
{
    /// <summary>The exact bytes each way.</summary>
    Complete,

    /// <summary>None: they are in the SQLite file, and finding the entry by id reads them from there.</summary>
    InStore,

    /// <summary>A prefix of each: in memory only (<c>--in-memory</c>) the rest is gone once the journal's memory budget is spent.</summary>
    Truncated,

    /// <summary>
    /// None, and no copy anywhere: in memory only, even the prefixes of the oldest entries are let go of once they alone
    /// pass the journal's memory budget. The entry and its note stay.
    /// </summary>
    Dropped,
}

/// <summary>Which way an exchange went.</summary>
public enum ExchangeDirection
{
    /// <summary>A client's request to the simulator and its answer.</summary>
    Inbound,

    /// <summary>The simulator's asynchronous reply to a client and the client's answer.</summary>
    Outbound,
}
