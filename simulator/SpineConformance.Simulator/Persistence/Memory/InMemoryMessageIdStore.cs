using System.Collections.Concurrent;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Async;

namespace SpineConformance.Simulator.Persistence.Memory;

/// <summary>The in-memory mode's memory of ebXML message ids seen: gone with the process.</summary>
internal sealed class InMemoryMessageIdStore : IMessageIdStore
{
    private readonly ConcurrentDictionary<string, (AsyncHttpAnswer Answer, DateTimeOffset ExpiresAt)> seen = new(StringComparer.Ordinal);

    public Task<AsyncHttpAnswer?> FindAsync(ReliableMessageId messageId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(seen.TryGetValue(messageId.Value, out var held) && held.ExpiresAt > now ? held.Answer : null);
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
