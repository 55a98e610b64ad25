namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// The header of a signal answering a message: parties swapped, the same CPAId and ConversationId, the ebMS signal
/// service, a new MessageId and RefToMessageId naming the message answered (TRANSPORT.md §3.5).
/// </summary>
public static class EbxmlSignalHeader
{
    public static EbxmlHeader For(EbxmlHeader answered, string action, string messageId, string timestamp) =>
        new(answered.To, answered.From, answered.CpaId, answered.ConversationId, EbxmlConstants.SignalService, action, messageId, timestamp)
        {
            RefToMessageId = answered.MessageId,
        };
}
