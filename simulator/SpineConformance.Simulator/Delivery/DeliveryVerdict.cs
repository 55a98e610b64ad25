namespace SpineConformance.Simulator.Delivery;

/// <summary>What a client's HTTP answer to an asynchronous reply means: delivered or not, and why.</summary>
public readonly record struct DeliveryVerdict(bool Delivered, string Reason);

/// <summary>
/// Decides whether a client's answer acknowledges a reliable message: HTTP 2xx carrying an ebXML Acknowledgment whose
/// RefToMessageId is the message's id, in the message's conversation. One method, so the ebXML reading stays in the
/// domain library.
/// </summary>
public abstract class AcknowledgmentCheck
{
    public abstract DeliveryVerdict Check(int statusCode, string? contentType, byte[] body, string messageId, string conversationId);
}
