namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// The business outcome of one asynchronous LR request, as <c>GET /test-hook/lr/outcomes/{conversationId}</c> returns it.
/// </summary>
/// <param name="Interaction">The request's interaction id, such as <c>REPC_IN010000UK15</c>.</param>
/// <param name="LrId">The LR's id for <c>created</c> and <c>statusChanged</c>; otherwise <see langword="null"/>.</param>
/// <param name="Message">The sentence the user reads: what happened, or Spine's reasons, or why there is no result.</param>
public sealed record LrBusinessResult(string ConversationId, string Interaction, LrBusinessOutcome Outcome, string? LrId, string Message);
