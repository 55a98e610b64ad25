using SpineConformance.Hl7.Ebxml;
using SpineConformance.Simulator.Delivery;

namespace SpineConformance.Simulator.Async;

/// <summary>
/// A client's answer delivers a reliable reply when it is HTTP 2xx and carries an ebXML Acknowledgment of that reply's
/// MessageId in the reply's conversation: an acknowledgment keeps the acknowledged message's ConversationId
/// (TRANSPORT.md §3.5), so one naming another conversation acknowledges nothing Spine sent.
/// </summary>
internal sealed class EbxmlAcknowledgmentCheck : AcknowledgmentCheck
{
    public override DeliveryVerdict Check(int statusCode, string? contentType, byte[] body, string messageId, string conversationId)
    {
        if (statusCode is < 200 or >= 300)
        {
            return new(false, $"HTTP {statusCode}");
        }

        var signal = EbxmlSignalReader.Read(contentType, body);
        if (signal.MessageError is { } error)
        {
            return new(false, $"ebXML MessageError: {string.Join("; ", error.Errors.Select(e => $"{e.ErrorCode} {e.Description}"))}");
        }

        return signal.Acknowledgment switch
        {
            null => new(false, $"HTTP {statusCode} without an ebXML Acknowledgment{(signal.Problem is null ? string.Empty : $" ({signal.Problem})")}"),
            { RefToMessageId: var refTo } when !string.Equals(refTo, messageId, StringComparison.OrdinalIgnoreCase) =>
                new(false, $"the Acknowledgment refers to {refTo}, not to {messageId}"),
            { Header.ConversationId: var conversation } when !string.Equals(conversation, conversationId, StringComparison.OrdinalIgnoreCase) =>
                new(false, $"the Acknowledgment is in conversation {Describe(conversation)}, not in the reply's conversation {conversationId}"),
            _ => new(true, $"HTTP {statusCode} with an ebXML Acknowledgment"),
        };
    }

    private static string Describe(string value) => value.Length == 0 ? "(none)" : value;
}
