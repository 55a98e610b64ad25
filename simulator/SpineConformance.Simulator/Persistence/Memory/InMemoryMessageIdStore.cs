using System.Collections.Concurrent;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Async;

namespace SpineConformance.Simulator.Persistence.Memory;

/// <summary>The in-memory mode's memory of ebXML message ids seen: gone with the process. A claim is an entry without an answer.</summary>
internal sealed class InMemoryMessageIdStore : IMessageIdStore
{
    private readonly ConcurrentDictionary<string, (AsyncHttpAnswer? Answer, DateTimeOffset ExpiresAt)> seen = new(StringComparer.Ordinal);

    public Task<AsyncHttpAnswer?> FindAsync(ReliableMessageId messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(seen.TryGetValue(messageId.Value, out var held) && held.ExpiresAt > now ? held.Answer : null);
    }

    public Task<bool> TryClaimAsync(ReliableMessageId messageId, DateTimeOffset claimedUntil, DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var claim = ((AsyncHttpAnswer?)null, claimedUntil);
        while (true)
        {
            if (!seen.TryGetValue(messageId.Value, out var held))
            {
                if (seen.TryAdd(messageId.Value, claim))
                {
                    return Task.FromResult(true);
                }
            }
            else if (held.ExpiresAt > now)
            {
                return Task.FromResult(false);
            }
            else if (seen.TryUpdate(messageId.Value, claim, held))
            {
                return Task.FromResult(true);
            }
        }
    }

    public Task ReleaseAsync(ReliableMessageId messageId, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (seen.TryGetValue(messageId.Value, out var held) && held.Answer is null)
        {
            seen.TryRemove(KeyValuePair.Create(messageId.Value, held));
        }

        return Task.CompletedTask;
    }

    public Task RememberAsync(ReliableMessageId messageId, AsyncHttpAnswer answer, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        foreach (var expired in seen.Where(e => e.Value.ExpiresAt <= now).Select(e => e.Key).ToList())
        {
            seen.TryRemove(expired, out _);
        }

        // Kept as a persistent store keeps it, so the two behave alike: the payload's findings belong to the first exchange.
        seen[messageId.Value] = (answer with { PayloadReport = null }, expiresAt);
        return Task.CompletedTask;
    }

    public Task<int> ForgetAllAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var count = 0;
        foreach (var key in seen.Keys)
        {
            count += seen.TryRemove(key, out _) ? 1 : 0;
        }

        return Task.FromResult(count);
    }
}
