using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// Wraps the fault rule store so that every request it matches carries the tenant owning its sender
/// (<see cref="FaultRequest.SenderTenantId"/>): a tenant's rule then matches only its own systems' traffic, so one
/// organisation can never inject faults into another's exchanges. Everything else passes straight through.
/// </summary>
internal sealed class TenantOwnedFaultRules(IFaultRuleStore inner, TenantRegistry tenants) : IFaultRuleStore
{
    public Task<FaultRule> AddAsync(FaultRule rule, CancellationToken cancellationToken) => inner.AddAsync(rule, cancellationToken);

    public Task<bool> RemoveAsync(long id, CancellationToken cancellationToken) => inner.RemoveAsync(id, cancellationToken);

    public Task<int> RemoveWhereAsync(Func<FaultRule, bool> match, CancellationToken cancellationToken) => inner.RemoveWhereAsync(match, cancellationToken);

    public Task<IReadOnlyList<FaultRule>> ListAsync(CancellationToken cancellationToken) => inner.ListAsync(cancellationToken);

    public ValueTask<FaultRule?> TakeAsync(FaultRequest request, Func<FaultKind, bool> applies, CancellationToken cancellationToken) =>
        inner.TakeAsync(tenants.Any ? request with { SenderTenantId = tenants.OwnerOf(request.Sender) } : request, applies, cancellationToken);
}
