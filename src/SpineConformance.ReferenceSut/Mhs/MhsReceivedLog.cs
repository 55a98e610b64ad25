namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>Every message received at <c>/mhs/inbound</c> since the SUT started, in order, including duplicates and rejects.</summary>
public sealed class MhsReceivedLog
{
    private readonly Lock gate = new();
    private readonly List<MhsReceivedMessage> messages = [];

    public IReadOnlyList<MhsReceivedMessage> Messages()
    {
        lock (gate)
        {
            return [.. messages];
        }
    }

    public void Record(MhsReceivedMessage message)
    {
        lock (gate)
        {
            messages.Add(message);
        }
    }
}
