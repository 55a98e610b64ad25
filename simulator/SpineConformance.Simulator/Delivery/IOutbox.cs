namespace SpineConformance.Simulator.Delivery;

/// <summary>
/// Asynchronous replies waiting for delivery. In memory for one process; a shared store must claim messages with
/// row locks so that one reply is delivered once whichever replica picks it up (DESIGN.md, Scale).
/// </summary>
public interface IOutbox
{
    /// <summary>Queues a message; waits its turn to write without holding a thread.</summary>
    Task<OutboundMessage> EnqueueAsync(OutboundMessage message);

    /// <summary>Pending messages due at <paramref name="now"/>, marked as taken so no other worker sends them too.</summary>
    IReadOnlyList<OutboundMessage> ClaimDue(DateTimeOffset now);

    /// <summary>Records the outcome of an attempt, releasing the claim.</summary>
    void Complete(OutboundMessage updated);

    /// <summary>The earliest time any pending message is due, or null when none is pending.</summary>
    DateTimeOffset? NextDue();

    IReadOnlyList<OutboundMessage> Snapshot();

    /// <summary>Forgets the messages in <paramref name="scope"/>, whatever their state; returns how many. A delivery in flight completes but is not kept.</summary>
    int Reset(State.ResetScope scope);
}
