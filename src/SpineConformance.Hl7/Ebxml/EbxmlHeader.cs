namespace SpineConformance.Hl7.Ebxml;

/// <summary>
/// An <c>eb:MessageHeader</c> with the reliability elements beside it (<c>eb:AckRequested</c>, <c>eb:SyncReply</c>).
/// Values are text so a test can build the mistakes it wants to catch; a reader fills absent fields with empty text.
/// </summary>
public sealed record EbxmlHeader(
    EbxmlParty From,
    EbxmlParty To,
    string CpaId,
    string ConversationId,
    string Service,
    string Action,
    string MessageId,
    string Timestamp)
{
    /// <summary>The message this one answers; absent on requests and unsolicited messages.</summary>
    public string? RefToMessageId { get; init; }

    public bool DuplicateElimination { get; init; }

    /// <summary>The <c>eb:AckRequested</c> sibling; <see langword="null"/> when absent.</summary>
    public EbxmlAckRequested? AckRequested { get; init; }

    public bool SyncReply { get; init; }

    /// <summary>The HTTP <c>SOAPAction</c> value, unquoted: <c>Service/Action</c>.</summary>
    public string SoapAction => $"{Service}/{Action}";
}
