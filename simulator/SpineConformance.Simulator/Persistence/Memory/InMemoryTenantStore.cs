using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Persistence.Memory;

/// <summary>The in-memory mode's tenants: gone with the process (tenants from configuration come back at every start).</summary>
internal sealed class InMemoryTenantStore : ITenantStore
{
    private readonly Lock gate = new();
    private readonly SortedDictionary<long, Tenant> tenants = [];
    private long lastId;

    public Task<Tenant?> AddAsync(string name, string keySha256, TenantSystems systems, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (tenants.Values.Any(t => t.Name == name))
            {
                return Task.FromResult<Tenant?>(null);
            }

            var tenant = new Tenant(++lastId, name, keySha256, systems);
            tenants[tenant.Id] = tenant;
            return Task.FromResult<Tenant?>(tenant);
        }
    }

    public Task<Tenant> EnsureAsync(string name, string keySha256, TenantSystems systems, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var tenant = tenants.Values.FirstOrDefault(t => t.Name == name) is { } existing
                ? existing with { KeySha256 = keySha256, Systems = systems }
                : new Tenant(++lastId, name, keySha256, systems);
            tenants[tenant.Id] = tenant;
            return Task.FromResult(tenant);
        }
    }

    public Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult<IReadOnlyList<Tenant>>([.. tenants.Values]);
        }
    }

    public Task<Tenant?> FindAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(tenants.GetValueOrDefault(id));
        }
    }

    public Task<Tenant?> SetSystemsAsync(long id, TenantSystems systems, CancellationToken cancellationToken) =>
        Change(id, t => t with { Systems = systems }, cancellationToken);

    public Task<Tenant?> SetKeyAsync(long id, string keySha256, CancellationToken cancellationToken) =>
        Change(id, t => t with { KeySha256 = keySha256 }, cancellationToken);

    public Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            return Task.FromResult(tenants.Remove(id));
        }
    }

    private Task<Tenant?> Change(long id, Func<Tenant, Tenant> change, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!tenants.TryGetValue(id, out var tenant))
            {
                return Task.FromResult<Tenant?>(null);
            }

            tenants[id] = change(tenant);
            return Task.FromResult<Tenant?>(tenants[id]);
        }
    }
}
