using System.Collections.Concurrent;
using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>Every asynchronous LR request sent since the SUT started, found by ConversationId (the hook) or MessageId (a reply's RefToMessageId).</summary>
public sealed class LrConversations(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, LrConversation> byConversationId = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, LrConversation> byMessageId = new(StringComparer.OrdinalIgnoreCase);
    private long sent;

    /// <summary>Registers a request before it is sent, so a reply that overtakes Spine's 202 still finds it.</summary>
    public LrConversation Start(string conversationId, string messageId, AsyncInteraction interaction)
    {
        var conversation = new LrConversation(conversationId, messageId, interaction) { Sequence = Interlocked.Increment(ref sent) };
        byConversationId[conversationId] = conversation;
        byMessageId[messageId] = conversation;
        return conversation;
    }

    public LrConversation? Find(string conversationId) => byConversationId.GetValueOrDefault(conversationId);

    public LrConversation? FindByMessageId(string messageId) => byMessageId.GetValueOrDefault(messageId);

    /// <summary>The earliest-sent request still waiting for its outcome, or <see langword="null"/> when none is.</summary>
    public LrConversation? OldestPending() =>
        byConversationId.Values.Where(c => !c.Settled.IsCompleted).OrderBy(c => c.Sequence).FirstOrDefault();

    /// <summary>The outcome once settled, or still pending after <paramref name="wait"/> on the injected clock.</summary>
    public async Task<LrBusinessResult> WaitAsync(LrConversation conversation, TimeSpan wait, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(conversation);
        if (wait <= TimeSpan.Zero || conversation.Settled.IsCompleted)
        {
            return conversation.Current();
        }

        try
        {
            return await conversation.Settled.WaitAsync(wait, time, cancellationToken);
        }
        catch (TimeoutException)
        {
            return conversation.Current();
        }
    }
}
