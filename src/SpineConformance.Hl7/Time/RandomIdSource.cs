namespace SpineConformance.Hl7.Time;

/// <summary>Random (version 4) GUIDs: the id source for real runs.</summary>
public sealed class RandomIdSource : IIdSource
{
    public static RandomIdSource Instance { get; } = new();

    // This is the one adapter allowed to call Guid.NewGuid; everything else asks an IIdSource.
#pragma warning disable RS0030
    public Guid NextId() => Guid.NewGuid();
#pragma warning restore RS0030
}
