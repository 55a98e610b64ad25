using System.Globalization;
using SpineConformance.Hl7.Time;

namespace SpineConformance.Testing;

/// <summary>
/// Predictable ids: abcdef00-0000-4000-8000-000000000001, …2, …. The hex letters show whether code that formats
/// them upper-cases them, as Spine's message ids require.
/// </summary>
public sealed class SequentialIdSource : IIdSource
{
    private long next;

    public Guid NextId()
    {
        var n = Interlocked.Increment(ref next);
        return Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"abcdef00-0000-4000-8000-{n:x12}"));
    }
}
