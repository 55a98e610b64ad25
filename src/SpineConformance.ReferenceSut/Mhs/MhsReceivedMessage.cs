namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>One message posted to <c>/mhs/inbound</c>, as <c>GET /test-hook/mhs/received</c> lists it.</summary>
/// <param name="Interaction">The <c>eb:Action</c>, such as <c>REPC_IN020000UK13</c>.</param>
/// <param name="Duplicate">The MessageId was already received within the persist duration: acknowledged again, not processed.</param>
/// <param name="Correlated">It answers a request this system sent (RefToMessageId and ConversationId match).</param>
/// <param name="Applied">Its business content changed an outcome.</param>
/// <param name="Answer">What the MHS answered: <c>acknowledgment</c>, <c>accepted</c> (no ack requested) or <c>messageError</c>.</param>
public sealed record MhsReceivedMessage(
    string MessageId,
    string? RefToMessageId,
    string ConversationId,
    string Service,
    string Interaction,
    bool Duplicate,
    bool Correlated,
    bool Applied,
    string Answer,
    string Note,
    string At);
