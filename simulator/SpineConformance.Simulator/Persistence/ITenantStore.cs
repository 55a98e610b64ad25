using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// The organisations (tenants) sharing the simulator, each with the hash of its API key and the systems it owns. Outside
/// the in-memory mode they outlive a restart, so a key handed out once keeps working.
/// </summary>
public interface ITenantStore
{
    /// <summary>Stores a new tenant with a new id (ids are never reused); <see langword="null"/> when the name is already taken.</summary>
    Task<Tenant?> AddAsync(string name, string keySha256, TenantSystems systems, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the tenant, or when one of that name exists replaces its key hash and systems: how tenants from configuration
    /// are applied at every start. Returns the tenant as stored.
    /// </summary>
    Task<Tenant> EnsureAsync(string name, string keySha256, TenantSystems systems, CancellationToken cancellationToken);

    /// <summary>Every tenant, by id.</summary>
    Task<IReadOnlyList<Tenant>> ListAsync(CancellationToken cancellationToken);

    Task<Tenant?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>Replaces the tenant's systems; <see langword="null"/> when there is no such tenant.</summary>
    Task<Tenant?> SetSystemsAsync(long id, TenantSystems systems, CancellationToken cancellationToken);

    /// <summary>Replaces the tenant's key hash (the old key stops working at once); <see langword="null"/> when there is no such tenant.</summary>
    Task<Tenant?> SetKeyAsync(long id, string keySha256, CancellationToken cancellationToken);

    /// <summary>Removes the tenant; false when there was none with that id.</summary>
    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken);
}
