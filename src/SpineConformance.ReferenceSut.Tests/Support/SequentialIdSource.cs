using System.Globalization;
using SpineConformance.Hl7.Time;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>Predictable ids with lower-case hex letters, so a test sees whether the SUT upper-cases them.</summary>
internal sealed class SequentialIdSource : IIdSource
{
    private int next;

    public Guid NextId()
    {
        var n = Interlocked.Increment(ref next);
        return Guid.Parse(string.Create(CultureInfo.InvariantCulture, $"abcdef00-0000-4000-8000-{n:x12}"));
    }
}
