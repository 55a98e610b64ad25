using System.Security.Cryptography;

namespace SpineConformance.Hl7.Time;

/// <summary>
/// Random (version 4) GUIDs, as RFC 9562 lays them out: the id source for real runs. The 122 random bits come from the
/// cryptographic generator, which runs in the process; <c>Guid.NewGuid</c> on Linux reads the kernel's random device
/// with a system call for every id, and the two ids of every synchronous answer cost about 5 µs of a Get that way
/// (perf, 2026-12-07).
/// </summary>
public sealed class RandomIdSource : IIdSource
{
    public static RandomIdSource Instance { get; } = new();

    public Guid NextId()
    {
        Span<byte> bytes = stackalloc byte[16];
        RandomNumberGenerator.Fill(bytes);
        // Guid's constructor reads its first three fields little-endian, so the version nibble (the high nibble of the
        // third field) is in byte 7; the variant's two bits (10) lead byte 8.
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x40);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
