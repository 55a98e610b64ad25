using System.Xml.Linq;

namespace SpineConformance.Simulator.Sync;

/// <summary>What a handler answers: the HTTP status, the SOAP document and a few words for the journal.</summary>
public sealed record SyncReply(int StatusCode, XDocument Body, string Outcome);
