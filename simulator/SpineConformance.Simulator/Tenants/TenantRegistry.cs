using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// The tenants as this process knows them, read from the <see cref="ITenantStore"/> at start, again after every
/// change made through it, and (on PostgreSQL) whenever another replica changes them: who a key belongs to, and which
/// tenant owns a system. Asked on every exchange (to record the
/// journal entry's owner, and to match tenants' fault rules), so without tenants it answers without looking.
/// </summary>
public sealed class TenantRegistry(ITenantStore store, SpineDirectory directory) : IDisposable
{
    // Reads one at a time: a read begun before a change never replaces the read made after it.
    private readonly SemaphoreSlim reading = new(1, 1);
    private volatile IReadOnlyList<Tenant> tenants = [];

    /// <summary>Whether any tenant exists.</summary>
    public bool Any => tenants.Count > 0;

    public IReadOnlyList<Tenant> All => tenants;

    /// <summary>Reads the tenants again from the store.</summary>
    public async Task ReloadAsync(CancellationToken cancellationToken)
    {
        await reading.WaitAsync(cancellationToken);
        try
        {
            tenants = await store.ListAsync(cancellationToken);
        }
        finally
        {
            reading.Release();
        }
    }

    /// <summary>The tenant whose key this is, or <see langword="null"/>; every tenant's hash is compared, in constant time.</summary>
    public Tenant? ByKey(string presented)
    {
        var hash = TenantKey.Hash(presented);
        Tenant? found = null;
        foreach (var tenant in tenants)
        {
            if (TenantKey.Matches(hash, tenant.KeySha256))
            {
                found = tenant;
            }
        }

        return found;
    }

    public Tenant? ById(long id) => tenants.FirstOrDefault(t => t.Id == id);

    /// <summary>
    /// The tenant owning the system named by <paramref name="asidOrPartyKey"/> (an ASID, or an ebXML sender's party key):
    /// directly, or through the directory's record of that system (a tenant listing only a party key owns its ASID too).
    /// </summary>
    public long? OwnerOf(string? asidOrPartyKey)
    {
        var current = tenants;
        if (current.Count == 0 || string.IsNullOrEmpty(asidOrPartyKey))
        {
            return null;
        }

        var system = directory.SystemByAsid(asidOrPartyKey) ?? directory.SystemByPartyKey(asidOrPartyKey);
        foreach (var tenant in current)
        {
            if (tenant.Systems.OwnsAsid(asidOrPartyKey) || tenant.Systems.OwnsPartyKey(asidOrPartyKey)
                || (system is not null && (tenant.Systems.OwnsAsid(system.Asid) || tenant.Systems.OwnsPartyKey(system.PartyKey))))
            {
                return tenant.Id;
            }
        }

        return null;
    }

    /// <summary>Whether the tenant owns the system (by ASID or party key, directly or through the directory).</summary>
    public bool Owns(Tenant tenant, string? asidOrPartyKey) => asidOrPartyKey is not null && OwnerOf(asidOrPartyKey) == tenant.Id;

    public void Dispose() => reading.Dispose();
}
