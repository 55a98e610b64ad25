using SpineConformance.Simulator.Access;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// Makes the <see cref="TenantRegistry"/> at start: applies the tenants from configuration to the store, reads them all
/// back, and refuses to start when tenants exist but the operator key does not. Without that key the admin API is open
/// to anyone, so a tenant's key would protect nothing and every organisation would see every other's traffic; failing
/// the start says so instead of running unguarded.
/// </summary>
internal static class TenantSetup
{
    public static TenantRegistry Create(IServiceProvider services)
    {
        var store = services.GetRequiredService<ITenantStore>();
        var registry = new TenantRegistry(store, services.GetRequiredService<SpineDirectory>());
        var (configured, problems) = TenantSettings.Read(services.GetRequiredService<IConfiguration>());
        var claimed = new List<Tenant>();
        foreach (var settings in configured.Where(t => t.Name is not null))
        {
            var systems = new TenantSystems([.. settings.Asids], [.. settings.PartyKeys]);
            problems = [.. problems, .. TenantSystemsCheck.Taken(systems, claimed).Select(t => $"{TenantSettings.SectionName} '{settings.Name}': {t}.")];
            claimed.Add(new Tenant(0, settings.Name!, string.Empty, systems));
        }

        if (problems.Count > 0)
        {
            throw new InvalidDataException(string.Join(" ", problems));
        }

        // Once, while the container builds the registry: a factory cannot await.
        foreach (var settings in configured)
        {
            store.EnsureAsync(settings.Name!, settings.KeySha256!.ToLowerInvariant(), new TenantSystems([.. settings.Asids], [.. settings.PartyKeys]), CancellationToken.None)
                .GetAwaiter().GetResult();
        }

        registry.ReloadAsync(CancellationToken.None).GetAwaiter().GetResult();
        if (registry.Any && !services.GetRequiredService<AdminApiKey>().IsRequired)
        {
            throw new InvalidOperationException(
                $"This simulator has {registry.All.Count} tenant(s) ({string.Join(", ", registry.All.Select(t => t.Name))}) but no operator key: tenants need "
                + "Simulator:AdminApiKey (--api-key), or the admin API would be open to anyone and every tenant would see the others' traffic. "
                + "Set the operator key, or remove the tenants (Simulator:Tenants, or DELETE /admin/tenants/{id}).");
        }

        return registry;
    }
}
