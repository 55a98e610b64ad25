using System.Collections.Concurrent;
using SpineConformance.SecondClient.TestHook;

namespace SpineConformance.SecondClient.Mhs;

/// <summary>
/// The asynchronous requests awaiting Spine's reply, found by the MessageId a reply names in RefToMessageId (never by
/// arrival order), and the business outcome of each conversation once known.
/// </summary>
internal sealed class Conversations(TimeProvider time, Defects.SwitchedOnDefects defects)
{
    private readonly ConcurrentQueue<Pending> inOrder = new();
    private readonly ConcurrentDictionary<string, Pending> byMessageId = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Pending> byConversationId = new(StringComparer.OrdinalIgnoreCase);

    public void Expect(string messageId, string conversationId, string interaction)
    {
        var pending = new Pending(conversationId, interaction);
        byMessageId[messageId] = pending;
        byConversationId[conversationId] = pending;
        inOrder.Enqueue(pending);
    }

    /// <summary>The conversation a reply belongs to, or null when this system sent no such message.</summary>
    public string? ConversationOf(string? refToMessageId)
    {
        if (defects.Makes(Defects.ClientDefects.OldestPendingCorrelation) && refToMessageId is not null && byMessageId.ContainsKey(refToMessageId))
        {
            return inOrder.FirstOrDefault(p => !p.Outcome.Task.IsCompleted)?.ConversationId;
        }

        return refToMessageId is not null && byMessageId.TryGetValue(refToMessageId, out var pending) ? pending.ConversationId : null;
    }

    public void Settle(string conversationId, string outcome, string? lrId, string message)
    {
        if (byConversationId.TryGetValue(conversationId, out var pending))
        {
            pending.Outcome.TrySetResult(new LrBusinessResult(conversationId, pending.Interaction, outcome, lrId, message));
        }
    }

    public async Task<LrBusinessResult?> OutcomeAsync(string conversationId, TimeSpan wait, CancellationToken cancellationToken)
    {
        if (!byConversationId.TryGetValue(conversationId, out var pending))
        {
            return null;
        }

        try
        {
            return await pending.Outcome.Task.WaitAsync(wait, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return new LrBusinessResult(conversationId, pending.Interaction, "pending", null, "Spine's reply has not arrived yet.");
        }
    }

    private sealed record Pending(string ConversationId, string Interaction)
    {
        public TaskCompletionSource<LrBusinessResult> Outcome { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
