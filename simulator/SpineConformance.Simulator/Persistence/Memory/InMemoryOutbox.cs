using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence.Memory;

internal sealed class InMemoryOutbox : IOutbox
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, OutboundMessage> messages = [];
    private readonly HashSet<long> claimed = [];
    private long lastId;

    public Task<OutboundMessage> EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var stored = message with { Id = ++lastId };
            messages[stored.Id] = stored;
            return Task.FromResult(stored);
        }
    }

    public Task<IReadOnlyList<OutboundMessage>> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var due = messages.Values
                .Where(m => m.State == DeliveryState.Pending && m.NextAttemptAt <= now && !claimed.Contains(m.Id))
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .ToList();
            claimed.UnionWith(due.Select(m => m.Id));
            return Task.FromResult<IReadOnlyList<OutboundMessage>>(due);
        }
    }

    public Task CompleteAsync(OutboundMessage updated, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (messages.ContainsKey(updated.Id))
            {
                messages[updated.Id] = updated;
            }

            claimed.Remove(updated.Id);
            return Task.CompletedTask;
        }
    }

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(messages.Values
                .Where(m => m.State == DeliveryState.Pending && !claimed.Contains(m.Id))
                .Select(m => (DateTimeOffset?)m.NextAttemptAt).Min());
        }
    }

    public Task<OutboundMessage?> FindAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(messages.GetValueOrDefault(id));
        }
    }

    public Task<IReadOnlyList<OutboundMessage>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<OutboundMessage>>([.. messages.Values.OrderBy(m => m.Id)]);
        }
    }

    public Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var gone = messages.Values.Where(scope.Covers).Select(m => m.Id).ToList();
            gone.ForEach(id => messages.Remove(id));
            return Task.FromResult(gone.Count);
        }
    }
}
