namespace SpineConformance.Simulator.Client;

/// <summary>An outbound message without its bytes.</summary>
/// <param name="Id">The message's id in the outbox.</param>
/// <param name="Endpoint">Where it is sent.</param>
/// <param name="InteractionId">Its interaction id.</param>
/// <param name="MessageId">Its ebXML MessageId.</param>
/// <param name="ConversationId">Its ebXML ConversationId.</param>
/// <param name="RefToMessageId">The message it answers.</param>
/// <param name="State">Queued, delivered, or given up.</param>
/// <param name="Attempts">Attempts made.</param>
/// <param name="MaxAttempts">The most attempts the receiver's settings allow.</param>
/// <param name="NextAttemptAt">When it is next tried.</param>
/// <param name="ExpiresAt">When it is given up.</param>
/// <param name="LastOutcome">What the last attempt got.</param>
public sealed record OutboxView(long Id, string Endpoint, string? InteractionId, string MessageId, string ConversationId, string? RefToMessageId,
    string State, int Attempts, int MaxAttempts, DateTimeOffset NextAttemptAt, DateTimeOffset ExpiresAt, string? LastOutcome);
