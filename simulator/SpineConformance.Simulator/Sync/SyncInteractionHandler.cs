using SpineConformance.Hl7.Soap;

namespace SpineConformance.Simulator.Sync;

/// <summary>Answers one synchronous interaction once its request is known to be valid.</summary>
public abstract class SyncInteractionHandler
{
    public abstract SyncInteraction Interaction { get; }

    public abstract Task<SyncReply> HandleAsync(SyncCall request, CancellationToken cancellationToken);
}
