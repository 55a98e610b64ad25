namespace SpineConformance.Simulator.Delivery;

internal sealed class InMemoryOutbox : IOutbox
{
    private readonly Lock gate = new();
    private readonly Dictionary<long, OutboundMessage> messages = [];
    private readonly HashSet<long> claimed = [];
    private long lastId;

    public Task<OutboundMessage> EnqueueAsync(OutboundMessage message)
    {
        lock (gate)
        {
            var stored = message with { Id = ++lastId };
            messages[stored.Id] = stored;
            return Task.FromResult(stored);
        }
    }

    public IReadOnlyList<OutboundMessage> ClaimDue(DateTimeOffset now)
    {
        lock (gate)
        {
            var due = messages.Values
                .Where(m => m.State == DeliveryState.Pending && m.NextAttemptAt <= now && !claimed.Contains(m.Id))
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .ToList();
            claimed.UnionWith(due.Select(m => m.Id));
            return due;
        }
    }

    public void Complete(OutboundMessage updated)
    {
        lock (gate)
        {
            if (messages.ContainsKey(updated.Id))
            {
                messages[updated.Id] = updated;
            }

            claimed.Remove(updated.Id);
        }
    }

    public DateTimeOffset? NextDue()
    {
        lock (gate)
        {
            return messages.Values.Where(m => m.State == DeliveryState.Pending && !claimed.Contains(m.Id)).Select(m => (DateTimeOffset?)m.NextAttemptAt).Min();
        }
    }

    public int Reset(State.ResetScope scope)
    {
        lock (gate)
        {
            var gone = messages.Values.Where(scope.Covers).Select(m => m.Id).ToList();
            gone.ForEach(id => messages.Remove(id));
            return gone.Count;
        }
    }

    public IReadOnlyList<OutboundMessage> Snapshot()
    {
        lock (gate)
        {
            return [.. messages.Values.OrderBy(m => m.Id)];
        }
    }
}
