using System.Collections.Concurrent;

namespace SpineConformance.Simulator.Async;

/// <summary>
/// Remembers each reliable message id for the sender's persist duration, with the answer Spine gave, so a redelivery
/// gets the same acknowledgement again and no second business effect (ebMS 2.0 duplicate elimination). Two copies
/// arriving at once are processed once: the second waits for the first's answer.
/// </summary>
public sealed class DuplicateElimination(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Remembered> seen = new(StringComparer.Ordinal);

    public async Task<(bool IsDuplicate, AsyncHttpAnswer Answer)> ProcessOnceAsync(
        string messageId, TimeSpan persistDuration, Func<Task<AsyncHttpAnswer>> process)
    {
        var now = time.GetUtcNow();
        foreach (var expired in seen.Where(e => e.Value.ExpiresAt <= now).Select(e => e.Key).ToList())
        {
            seen.TryRemove(expired, out _);
        }

        var mine = new Remembered(new Lazy<Task<AsyncHttpAnswer>>(process), now + persistDuration);
        var stored = seen.GetOrAdd(messageId, mine);
        return (!ReferenceEquals(stored, mine), await stored.Answer.Value);
    }

    /// <summary>Forgets every remembered message id, so a redelivery is processed as new; returns how many were forgotten.</summary>
    public int Forget()
    {
        var count = 0;
        foreach (var key in seen.Keys)
        {
            count += seen.TryRemove(key, out _) ? 1 : 0;
        }

        return count;
    }

    private sealed record Remembered(Lazy<Task<AsyncHttpAnswer>> Answer, DateTimeOffset ExpiresAt);
}

/// <summary>What Spine answers on the HTTP connection of an asynchronous request: status, content type and bytes.</summary>
public sealed record AsyncHttpAnswer(int StatusCode, string? ContentType, byte[] Body, string Outcome)
{
    /// <summary>What validation found in the HL7 payload, when the request got that far; journaled with the exchange.</summary>
    public Validation.Findings.ValidationReport? PayloadReport { get; init; }
}
