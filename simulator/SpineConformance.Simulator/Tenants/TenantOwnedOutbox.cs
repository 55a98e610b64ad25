using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// The outbox, recording on each queued reply the tenant that owns its recipient at that moment
/// (<see cref="OutboundMessage.TenantId"/>), so the tenant's listing and reset find it by that record, not by who owns the
/// recipient when asked. A copy queued again (a redelivery) keeps the owner it had.
/// </summary>
internal sealed class TenantOwnedOutbox(IOutbox inner, TenantRegistry tenants) : IOutbox, IAsyncDisposable
{
    public Task<OutboundMessage> EnqueueAsync(OutboundMessage message, CancellationToken cancellationToken) =>
        inner.EnqueueAsync(message.TenantId is null ? message with { TenantId = tenants.OwnerOf(message.RecipientAsid) } : message, cancellationToken);

    public Task<IReadOnlyList<OutboundMessage>> ClaimDueAsync(DateTimeOffset now, CancellationToken cancellationToken) => inner.ClaimDueAsync(now, cancellationToken);

    public Task CompleteAsync(OutboundMessage updated, CancellationToken cancellationToken) => inner.CompleteAsync(updated, cancellationToken);

    public Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken) => inner.NextDueAsync(cancellationToken);

    public Task<OutboundMessage?> FindAsync(long id, CancellationToken cancellationToken) => inner.FindAsync(id, cancellationToken);

    public Task<IReadOnlyList<OutboundMessage>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

    public Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken) => inner.ResetAsync(scope, cancellationToken);

    // The container disposes this, not the outbox it wraps: a clean stop must still release the outbox's claims.
    public async ValueTask DisposeAsync()
    {
        switch (inner)
        {
            case IAsyncDisposable asyncDisposable:
                await asyncDisposable.DisposeAsync();
                break;
            case IDisposable disposable:
                disposable.Dispose();
                break;
        }
    }
}
