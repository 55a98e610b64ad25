namespace SpineConformance.Simulator.Client;

/// <summary>An outbound message without its bytes.</summary>
public sealed record OutboxView(long Id, string Endpoint, string? InteractionId, string MessageId, string ConversationId, string? RefToMessageId,
    string State, int Attempts, int MaxAttempts, DateTimeOffset NextAttemptAt, DateTimeOffset ExpiresAt, string? LastOutcome);
