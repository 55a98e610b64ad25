namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// What the user sees straight after an asynchronous LR request: <c>{"outcome":"accepted","conversationId":"…","messageId":"…","message":"…"}</c>.
/// The ids are <see langword="null"/> when nothing was sent.
/// </summary>
public sealed record LrAsyncView(LrAsyncOutcome Outcome, string? ConversationId, string? MessageId, string Message)
{
    public static LrAsyncView Refused(string message) => new(LrAsyncOutcome.Refused, null, null, message);
}
