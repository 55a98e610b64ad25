using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Journal;

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
}
