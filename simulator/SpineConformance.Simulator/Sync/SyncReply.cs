using System.Xml.Linq;

namespace SpineConformance.Simulator.Sync;

/// <summary>What the simulator sends back: the HTTP status, the SOAP document and a few words for the journal.</summary>
public sealed record SyncReply(int StatusCode, XDocument Body, string Outcome)
{
    /// <summary>A fault rule that changes how the answer travels (delayed, cut short, never sent); none normally.</summary>
    public Faults.FaultRule? Transport { get; init; }

    /// <summary>The exact bytes to send, once the dispatcher has serialised the answer and applied <see cref="Transport"/>.</summary>
    public byte[]? Bytes { get; init; }
}
