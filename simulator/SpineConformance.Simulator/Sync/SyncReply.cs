using SpineConformance.Hl7.Soap;

namespace SpineConformance.Simulator.Sync;

/// <summary>
/// What a handler answers: the HTTP status, the SOAP answer and a few words for the journal. The usual answers (AA to a
/// Get, Has, Set or LR confirmation query) are written straight to UTF-8; faults and AE answers are documents
/// (<see cref="SoapAnswer"/> takes either), written to bytes once, when the exchange is recorded.
/// </summary>
public sealed record SyncReply(int StatusCode, SoapAnswer Body, string Outcome);
