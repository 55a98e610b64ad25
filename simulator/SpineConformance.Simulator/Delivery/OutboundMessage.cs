namespace SpineConformance.Simulator.Delivery;

/// <summary>
/// An asynchronous reply waiting to reach a client's MHS: where, what (exact bytes and headers), how it correlates
/// (ebXML MessageId, ConversationId, RefToMessageId), and the receiver's reliability settings that bound its retries.
/// </summary>
public sealed record OutboundMessage
{
    public long Id { get; init; }

    public required Uri Endpoint { get; init; }

    public required string ContentType { get; init; }

    public required string SoapAction { get; init; }

    public required byte[] Body { get; init; }

    public required string MessageId { get; init; }

    public required string ConversationId { get; init; }

    public string? RefToMessageId { get; init; }

    public string? RecipientAsid { get; init; }

    public string? InteractionId { get; init; }

    public string? NhsNumber { get; init; }

    /// <summary>
    /// The tenant that owned the recipient system when the reply was queued (null: no tenant did), so the reply stays that
    /// tenant's in its outbox listing and its reset even if the system later changes hands.
    /// </summary>
    public long? TenantId { get; init; }

    /// <summary>Whether the receiver must answer with an ebXML Acknowledgment (reliable); otherwise any 2xx delivers it.</summary>
    public bool AcknowledgmentRequired { get; init; } = true;

    /// <summary>First attempt plus retries.</summary>
    public int MaxAttempts { get; init; } = 3;

    public TimeSpan RetryInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>No attempt is made after this instant (the persist duration has passed).</summary>
    public DateTimeOffset ExpiresAt { get; init; }

    public DateTimeOffset NextAttemptAt { get; init; }

    public int Attempts { get; init; }

    public DeliveryState State { get; init; } = DeliveryState.Pending;

    /// <summary>How many more acknowledgements to treat as lost (a fault rule), forcing a resend.</summary>
    public int AcknowledgementsToLose { get; init; }

    /// <summary>Why the last attempt did not deliver, or how the message was delivered.</summary>
    public string? LastOutcome { get; init; }
}

/// <summary>Where an outbound message is in its life.</summary>
public enum DeliveryState
{
    Pending,
    Delivered,

    /// <summary>Every attempt was used, or the persist duration passed, without an acknowledgement.</summary>
    Undelivered,

    /// <summary>Deliberately never sent (a fault rule).</summary>
    Withheld,
}
