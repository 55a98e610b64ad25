using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Client;

/// <summary>
/// One exchange with the simulator, kept as evidence: the exact bytes each way, when and how long,
/// the correlation ids, and what validation found.
/// </summary>
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
    public string? NhsNumber { get; init; }

    public string? SenderAsid { get; init; }

    public string? WsaMessageId { get; init; }

    public string? RequestContentType { get; init; }

    /// <summary>What the simulator did, in a few words: "answered", "AE: ...", "SOAP fault 101", …</summary>
    public string Outcome { get; init; } = string.Empty;

    /// <summary>Inbound: a client's request and the simulator's answer. Outbound: the simulator's asynchronous reply and the client's answer.</summary>
    public ExchangeDirection Direction { get; init; } = ExchangeDirection.Inbound;

    /// <summary>The ebXML <c>ConversationId</c>, linking a request, its acknowledgement and its asynchronous reply.</summary>
    public string? ConversationId { get; init; }

    /// <summary>The ebXML <c>MessageId</c> of the message the simulator received (inbound) or sent (outbound).</summary>
    public string? EbxmlMessageId { get; init; }

    public string? RefToMessageId { get; init; }

    /// <summary>For outbound deliveries: which attempt this was (1 for the first).</summary>
    public int? Attempt { get; init; }

    /// <summary>Whether <see cref="RequestBody"/> and <see cref="ResponseBody"/> are the exchange's whole bytes (see <see cref="JournalBodies"/>).</summary>
    public JournalBodies Bodies { get; init; } = JournalBodies.Complete;

    /// <summary>When the bodies are not complete, what is missing and why, in words for the reader.</summary>
    public string? BodiesNote { get; init; }

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
    Inbound,
    Outbound,
}
