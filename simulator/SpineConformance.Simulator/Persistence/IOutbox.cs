using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// Asynchronous replies waiting for delivery. In memory for one process; a shared store must claim messages with
/// row locks so that one reply is delivered once whichever replica picks it up (DESIGN.md, Scale).
/// </summary>
public interface IOutbox
{
    /// <summary>Queues a message and returns it with its id; waits its turn to write without holding a thread.</summary>
    Task<OutboundMessage> EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken);

    /// <summary>Pending messages due at <paramref name="now"/>, marked as taken so no other worker sends them too.</summary>
    Task<IReadOnlyList<OutboundMessage>> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Records the outcome of an attempt, releasing the claim.</summary>
    Task CompleteAsync(OutboundMessage updated, CancellationToken cancellationToken);

    /// <summary>The earliest time any pending, unclaimed message is due, or null when none is.</summary>
    Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken);

    Task<OutboundMessage?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Every message, whatever its state, in the order queued.</summary>
    Task<IReadOnlyList<OutboundMessage>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the messages in <paramref name="scope"/>, whatever their state; returns how many. A delivery in flight completes but is not kept.</summary>
    Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken);
}
