using SpineConformance.Hl7.Time;

namespace SpineConformance.Testing;

/// <summary>GUIDs 00000000-0000-0000-0000-000000000001, …2, …: predictable ids for golden files.</summary>
public sealed class SequentialIdSource : IIdSource
{
    private long next;

    public Guid NextId()
    {
        var value = Interlocked.Increment(ref next);
        Span<byte> bytes = stackalloc byte[16];
        BitConverter.TryWriteBytes(bytes[8..], System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value));
        return new Guid(bytes, bigEndian: true);
    }
}
