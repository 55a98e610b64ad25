using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// One asynchronous LR request awaiting Spine's reply: its ebXML ConversationId and MessageId, which the reply must echo,
/// and its outcome, settled once (the first usable reply or a send failure wins).
/// </summary>
public sealed class LrConversation(string conversationId, string messageId, AsyncInteraction interaction)
{
    private readonly TaskCompletionSource<LrBusinessResult> settled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string ConversationId { get; } = conversationId;

    public string MessageId { get; } = messageId;

    public AsyncInteraction Interaction { get; } = interaction;

    /// <summary>The order the request was sent in, since the SUT started (1 for the first).</summary>
    public long Sequence { get; init; }

    /// <summary>Completes when the outcome is known, so a waiter never polls.</summary>
    public Task<LrBusinessResult> Settled => settled.Task;

    public LrBusinessResult Current() => settled.Task.IsCompletedSuccessfully
        ? settled.Task.Result
        : Result(LrBusinessOutcome.Pending, null, "Spine accepted the request; its reply has not arrived yet.");

    public bool TrySettle(LrBusinessOutcome outcome, string? lrId, string message) => settled.TrySetResult(Result(outcome, lrId, message));

    private LrBusinessResult Result(LrBusinessOutcome outcome, string? lrId, string message) =>
        new(ConversationId, Interaction.InteractionId, outcome, lrId, message);
}
