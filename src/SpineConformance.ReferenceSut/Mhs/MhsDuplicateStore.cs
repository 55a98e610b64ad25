namespace SpineConformance.ReferenceSut.Mhs;

/// <summary>
/// Duplicate elimination (ebMS 2.0, TRANSPORT.md §3.6): remembers each received MessageId for the persist duration, so a
/// redelivery within it is acknowledged again but not processed twice.
/// </summary>
public sealed class MhsDuplicateStore
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, DateTimeOffset> firstSeen = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True the first time a MessageId arrives (or once its persist duration has passed); false for a duplicate.</summary>
    public bool TryFirstDelivery(string messageId, DateTimeOffset now, TimeSpan persistDuration)
    {
        lock (gate)
        {
            if (firstSeen.TryGetValue(messageId, out var seen) && now - seen < persistDuration)
            {
                return false;
            }

            firstSeen[messageId] = now;
            return true;
        }
    }
}
