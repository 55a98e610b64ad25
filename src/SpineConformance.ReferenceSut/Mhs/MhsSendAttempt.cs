namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>
/// One POST of a reliable message to Spine, as <c>GET /test-hook/mhs/sent</c> lists it: a resend keeps the
/// <see cref="MessageId"/> and counts up <see cref="Attempt"/> from 1.
/// </summary>
/// <param name="HttpStatus">The status Spine answered with; <see langword="null"/> when there was no answer.</param>
/// <param name="At">When the attempt was made, as an ebXML timestamp.</param>
/// <param name="WillRetry">Whether the MHS is waiting to resend after this attempt.</param>
public sealed record MhsSendAttempt(
    string MessageId,
    string ConversationId,
    string Interaction,
    int Attempt,
    int? HttpStatus,
    MhsAnswerKind Answer,
    string Detail,
    string At,
    bool WillRetry);
