namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>A clock stopped at one instant, so creation times are predictable.</summary>
internal sealed class FixedTimeProvider(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
