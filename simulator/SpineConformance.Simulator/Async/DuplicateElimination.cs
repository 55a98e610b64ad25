using System.Collections.Concurrent;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Async;

/// <summary>
/// Remembers each reliable message id for the sender's persist duration, with the answer Spine gave, so a redelivery
/// gets the same acknowledgement again and no second business effect (ebMS 2.0 duplicate elimination). The memory is
/// the <see cref="IMessageIdStore"/>, so outside the in-memory mode it outlives a restart. Two copies arriving at once
/// are processed once: the second waits for the first's answer. Copies reaching two replicas at once meet in the store: the
/// first to claim the id processes it, the other polls for the answer it remembers, and takes over only if the claim
/// runs out unanswered (its replica died mid-processing).
/// </summary>
public sealed class DuplicateElimination(IMessageIdStore store, TimeProvider time)
{
    /// <summary>How long a claim stands without an answer: far beyond any processing time, short enough for a redelivery to wait.</summary>
    public static readonly TimeSpan ClaimLease = TimeSpan.FromSeconds(15);

    // How often a copy waiting for another replica's answer looks for it.
    private static readonly TimeSpan AnswerPoll = TimeSpan.FromMilliseconds(25);

    // Copies being processed now, by message id: the store learns of a message only once its answer is known.
    private readonly ConcurrentDictionary<string, Task<AsyncHttpAnswer>> inFlight = new(StringComparer.Ordinal);

    public async Task<(bool IsDuplicate, AsyncHttpAnswer Answer)> ProcessOnceAsync(
        ReliableMessageId messageId, TimeSpan persistDuration, Func<Task<AsyncHttpAnswer>> process, CancellationToken cancellationToken)
    {
        var mine = new TaskCompletionSource<AsyncHttpAnswer>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = inFlight.GetOrAdd(messageId.Value, mine.Task);
        if (!ReferenceEquals(running, mine.Task))
        {
            return (true, await running.WaitAsync(cancellationToken));
        }

        try
        {
            DateTimeOffset now;
            while (true)
            {
                now = time.GetUtcNow();
                if (await store.FindAsync(messageId, now, cancellationToken) is { } remembered)
                {
                    mine.SetResult(remembered);
                    return (true, remembered);
                }

                if (await store.TryClaimAsync(messageId, now + ClaimLease, now, cancellationToken))
                {
                    break;
                }

                await Task.Delay(AnswerPoll, time, cancellationToken);
            }

            AsyncHttpAnswer answer;
            try
            {
                answer = await process();
            }
            catch
            {
                await store.ReleaseAsync(messageId, CancellationToken.None);
                throw;
            }

            // Remembered before the answer is sent, so a redelivery after a crash finds it (the business change is durable too).
            await store.RememberAsync(messageId, answer, now + persistDuration, now, cancellationToken);
            mine.SetResult(answer);
            return (false, answer);
        }
        catch (Exception ex)
        {
            mine.TrySetException(ex);
            throw;
        }
        finally
        {
            inFlight.TryRemove(KeyValuePair.Create(messageId.Value, mine.Task));
        }
    }

    /// <summary>Forgets every remembered message id, so a redelivery is processed as new; returns how many were forgotten.</summary>
    public Task<int> ForgetAsync(CancellationToken cancellationToken) => store.ForgetAllAsync(cancellationToken);
}

/// <summary>What Spine answers on the HTTP connection of an asynchronous request: status, content type and bytes.</summary>
public sealed record AsyncHttpAnswer(int StatusCode, string? ContentType, byte[] Body, string Outcome)
{
    /// <summary>What validation found in the HL7 payload, when the request got that far; journaled with the exchange.</summary>
    public Validation.Findings.ValidationReport? PayloadReport { get; init; }
}
