namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>How sending one reliable message ended: accepted by Spine or not, after how many attempts, and why.</summary>
public sealed record MhsSendResult(bool Accepted, string MessageId, string ConversationId, int Attempts, string Detail);
