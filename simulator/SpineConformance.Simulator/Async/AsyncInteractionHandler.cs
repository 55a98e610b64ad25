using SpineConformance.Hl7.Lr;

namespace SpineConformance.Simulator.Async;

/// <summary>Processes one asynchronous interaction once its request has been accepted, producing the business reply.</summary>
public abstract class AsyncInteractionHandler
{
    public abstract AsyncInteraction Interaction { get; }

    public abstract Task<AsyncReply> HandleAsync(AsyncCall request, CancellationToken cancellationToken);
}
