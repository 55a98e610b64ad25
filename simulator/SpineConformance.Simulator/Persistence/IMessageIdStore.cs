using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Async;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// The memory of reliable ebXML message ids seen (ebMS 2.0 duplicate elimination): each id with the answer Spine gave,
/// kept for the sender's persist duration. Outside the in-memory mode it outlives a restart, so a redelivery after one
/// still gets the original acknowledgement and causes no second business effect.
/// </summary>
public interface IMessageIdStore
{
    /// <summary>
    /// The answer remembered for <paramref name="messageId"/>, or null when none is (a claim is not an answer), or its
    /// persist duration had passed at <paramref name="now"/>.
    /// </summary>
    Task<AsyncHttpAnswer?> FindAsync(ReliableMessageId messageId, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>
    /// Claims <paramref name="messageId"/> for processing until <paramref name="claimedUntil"/>, atomically across every
    /// process sharing the store: true when the caller got the claim (no answer is remembered and no other claim holds at
    /// <paramref name="now"/>), false when an answer or another live claim is there. The claim is committed when this
    /// returns; <see cref="RememberAsync"/> replaces it with the answer, <see cref="ReleaseAsync"/> gives it up.
    /// </summary>
    Task<bool> TryClaimAsync(ReliableMessageId messageId, DateTimeOffset claimedUntil, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Gives up a claim on <paramref name="messageId"/> whose processing failed (a remembered answer stays), so a redelivery is processed.</summary>
    Task ReleaseAsync(ReliableMessageId messageId, CancellationToken cancellationToken);

    /// <summary>
    /// Remembers the answer given to <paramref name="messageId"/> until <paramref name="expiresAt"/> (its status, content
    /// type, bytes and outcome; not the payload's findings) in place of a claim on it, and forgets ids whose time had passed at <paramref name="now"/>.
    /// It has been committed when this returns.
    /// </summary>
    Task RememberAsync(ReliableMessageId messageId, AsyncHttpAnswer answer, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken);

    /// <summary>Forgets every id, so a redelivery is processed as new; returns how many were forgotten.</summary>
    Task<int> ForgetAllAsync(CancellationToken cancellationToken);
}
