namespace SpineConformance.Simulator.Delivery;

/// <summary>An outbound message as the admin API lists it (<see cref="OutboxView"/>): everything but its bytes.</summary>
public static class OutboxViews
{
    public static OutboxView From(OutboundMessage m) => new(m.Id, m.Endpoint.ToString(), m.InteractionId, m.MessageId, m.ConversationId, m.RefToMessageId,
        m.State.ToString(), m.Attempts, m.MaxAttempts, m.NextAttemptAt, m.ExpiresAt, m.LastOutcome);
}
