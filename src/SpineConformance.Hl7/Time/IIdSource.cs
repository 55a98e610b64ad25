namespace SpineConformance.Hl7.Time;

/// <summary>Where new message ids come from; injected so tests can make them predictable.</summary>
public interface IIdSource
{
    Guid NextId();
}
