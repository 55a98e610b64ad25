using SpineConformance.Hl7.Ebxml;
using SpineConformance.Simulator.Delivery;

namespace SpineConformance.Simulator.Async;

/// <summary>A client's answer delivers a reliable reply when it is HTTP 2xx and carries an ebXML Acknowledgment of that reply's MessageId.</summary>
internal sealed class EbxmlAcknowledgmentCheck : AcknowledgmentCheck
{
    public override DeliveryVerdict Check(int statusCode, string? contentType, byte[] body, string messageId)
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
            _ => new(true, $"HTTP {statusCode} with an ebXML Acknowledgment"),
        };
    }
}
