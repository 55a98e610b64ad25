namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>Every send attempt since the SUT started, in order, so the suite can check retries against what Spine saw.</summary>
public sealed class MhsSentLog
{
    private readonly Lock gate = new();
    private readonly List<MhsSendAttempt> attempts = [];

    /// <summary>Raised after an attempt is recorded, so a waiter never has to poll.</summary>
    public event Action<MhsSendAttempt>? Recorded;

    public IReadOnlyList<MhsSendAttempt> Attempts()
    {
        lock (gate)
        {
            return [.. attempts];
        }
    }

    public void Record(MhsSendAttempt attempt)
    {
        lock (gate)
        {
            attempts.Add(attempt);
        }

        Recorded?.Invoke(attempt);
    }
}
