using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Persistence.Memory;
using SpineConformance.Simulator.Persistence.Postgres;
using SpineConformance.Simulator.Persistence.Sqlite;

namespace SpineConformance.Simulator.Tenants;

/// <summary>Registers tenants: their store, the allocation counter, the registry, the fault rules' tenant check, and the outbox's record of each reply's tenant.</summary>
public static class TenantServiceCollectionExtensions
{
    /// <summary>Call after the other stores are registered: it wraps the fault rule store and the outbox chosen there.</summary>
    public static IServiceCollection AddTenants(this IServiceCollection services)
    {
        services.AddSingleton(provider => SimulatorStorage.Choose<ITenantStore>(
            provider, () => new InMemoryTenantStore(), database => new SqliteTenantStore(database), database => new PostgresTenantStore(database)));
        services.AddSingleton(provider => SimulatorStorage.Choose<IPatientAllocationStore>(
            provider, () => new InMemoryPatientAllocationStore(), database => new SqlitePatientAllocationStore(database),
            database => new PostgresPatientAllocationStore(database)));
        services.AddSingleton(TenantSetup.Create);
        services.AddSingleton<PatientAllocation>();
        services.AddSingleton<TenantReset>();

        var chosen = services.Last(d => d.ServiceType == typeof(IFaultRuleStore));
        services.Remove(chosen);
        services.AddSingleton<IFaultRuleStore>(provider => new TenantOwnedFaultRules(Resolve<IFaultRuleStore>(chosen, provider), provider.GetRequiredService<TenantRegistry>()));

        var outbox = services.Last(d => d.ServiceType == typeof(IOutbox));
        services.Remove(outbox);
        services.AddSingleton<IOutbox>(provider => new TenantOwnedOutbox(Resolve<IOutbox>(outbox, provider), provider.GetRequiredService<TenantRegistry>()));
        return services;
    }

    private static T Resolve<T>(ServiceDescriptor descriptor, IServiceProvider provider) where T : class =>
        descriptor.ImplementationInstance as T
        ?? descriptor.ImplementationFactory?.Invoke(provider) as T
        ?? (T)ActivatorUtilities.CreateInstance(provider, descriptor.ImplementationType!);
}
