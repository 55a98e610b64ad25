namespace SpineConformance.SecondClient.Mhs;

/// <summary>One attempt to send a message to Spine, as the test hook reports it (contract 1.0.0, MhsSendAttempt).</summary>
internal sealed record MhsSendAttempt(
    string MessageId, string ConversationId, string Interaction, int Attempt, int? HttpStatus, string Answer, string Detail, DateTimeOffset At, bool WillRetry);

/// <summary>One message Spine sent this system's MHS and what became of it (contract 1.0.0, MhsReceivedMessage).</summary>
internal sealed record MhsReceivedMessage(
    string MessageId, string? RefToMessageId, string ConversationId, string Service, string Interaction,
    bool Duplicate, bool Correlated, bool Applied, string Answer, string Note, DateTimeOffset At);

/// <summary>What the MHS sent and received, oldest first, kept for the test hook.</summary>
internal sealed class MhsLogs
{
    private readonly Lock gate = new();
    private readonly List<MhsSendAttempt> sent = [];
    private readonly List<MhsReceivedMessage> received = [];

    public void Sent(MhsSendAttempt attempt)
    {
        lock (gate)
        {
            sent.Add(attempt);
        }
    }

    public void Received(MhsReceivedMessage message)
    {
        lock (gate)
        {
            received.Add(message);
        }
    }

    public IReadOnlyList<MhsSendAttempt> SentSoFar()
    {
        lock (gate)
        {
            return [.. sent];
        }
    }

    public IReadOnlyList<MhsReceivedMessage> ReceivedSoFar()
    {
        lock (gate)
        {
            return [.. received];
        }
    }
}
