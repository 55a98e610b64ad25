namespace SpineConformance.Testing;

/// <summary>A clock that moves only when told to. Starts at a fixed instant so outputs are repeatable.</summary>
public sealed class FakeTimeProvider(DateTimeOffset start) : TimeProvider
{
    private readonly Lock gate = new();
    private DateTimeOffset now = start;
    private long timestamp;

    public FakeTimeProvider()
        : this(new DateTimeOffset(2026, 11, 22, 10, 15, 0, TimeSpan.Zero))
    {
    }

    public override DateTimeOffset GetUtcNow()
    {
        lock (gate)
        {
            return now;
        }
    }

    public override long GetTimestamp()
    {
        lock (gate)
        {
            return timestamp;
        }
    }

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public void Advance(TimeSpan by)
    {
        lock (gate)
        {
            now += by;
            timestamp += by.Ticks;
        }
    }
}
