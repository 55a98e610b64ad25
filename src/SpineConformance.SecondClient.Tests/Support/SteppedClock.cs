namespace SpineConformance.SecondClient.Tests.Support;

/// <summary>A clock that moves only when the test moves it (timers still run on real time, so retries are not held up).</summary>
internal sealed class SteppedClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset now = start;

    public override DateTimeOffset GetUtcNow() => now;

    public void Advance(TimeSpan by) => now += by;
}
