using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;

namespace SpineConformance.Simulator.Async;

/// <summary>
/// Processes one asynchronous interaction once its request has been accepted, producing the business reply. Derive from
/// <see cref="AsyncInteractionHandler{TRequest}"/>: this untyped view is what the dispatcher holds.
/// </summary>
public abstract class AsyncInteractionHandler
{
    private protected AsyncInteractionHandler()
    {
    }

    public abstract AsyncInteraction Interaction { get; }

    /// <summary>Reads a payload that passed validation into this interaction's typed call and answers it; only <see cref="AsyncBusiness"/> asks.</summary>
    internal abstract Task<AsyncReply> AcceptAsync(
        EbxmlHeader header, SyncMessage payload, AsyncResponseContext response, DateTimeOffset receivedAt, CancellationToken cancellationToken);
}

/// <summary>Processes one asynchronous interaction from its typed, validated request.</summary>
public abstract class AsyncInteractionHandler<TRequest> : AsyncInteractionHandler
{
    /// <summary>The Hl7 reader that turns this interaction's validated payload into <typeparamref name="TRequest"/>.</summary>
    protected abstract Func<SyncMessage, TRequest> ReadRequest { get; }

    public abstract Task<AsyncReply> HandleAsync(AsyncCall<TRequest> request, CancellationToken cancellationToken);

    internal sealed override Task<AsyncReply> AcceptAsync(
        EbxmlHeader header, SyncMessage payload, AsyncResponseContext response, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        HandleAsync(new AsyncCall<TRequest>(Interaction, header, payload, response, receivedAt, ReadRequest(payload)), cancellationToken);
}
