using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence.Memory;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// Registers every store from one choice, <c>Simulator:InMemory</c>: all in this process, or all in the one SQLite file
/// (opened and migrated once, on first use). Another database is one more branch here and one more set of stores.
/// </summary>
public static class PersistenceServiceCollectionExtensions
{
    public static IServiceCollection AddSimulatorPersistence(this IServiceCollection services)
    {
        services.AddSingleton(SimulatorStorage.OpenDatabase);
        services.AddSingleton(PermissionStore);
        services.AddSingleton(provider => SimulatorStorage.Choose<IRelationshipStore>(
            provider, () => new InMemoryRelationshipStore(), database => new SqliteRelationshipStore(database)));
        services.AddSingleton(provider => SimulatorStorage.Choose<IJournalStore>(
            provider, () => MemoryOnlyJournalStore.Instance,
            database => new SqliteJournalStore(database, provider.GetRequiredService<ILogger<SqliteJournalStore>>())));
        // Undelivered replies outlive the process outside the in-memory mode, and their retries resume.
        services.AddSingleton(provider => SimulatorStorage.Choose<IOutbox>(
            provider, () => new InMemoryOutbox(), database => new SqliteOutbox(database)));
        services.AddSingleton(provider => SimulatorStorage.Choose<IDirectoryStore>(
            provider, () => new InMemoryDirectoryStore(), database => new SqliteDirectoryStore(database)));
        services.AddSingleton(provider => SimulatorStorage.Choose<IFaultRuleStore>(
            provider, () => new InMemoryFaultRuleStore(), database => new SqliteFaultRuleStore(database)));
        services.AddSingleton(provider => SimulatorStorage.Choose<IMessageIdStore>(
            provider, () => new InMemoryMessageIdStore(), database => new SqliteMessageIdStore(database)));
        return services;
    }

    // A new store (in memory, or a file just created) starts with the synthetic patients, unless told not to.
    private static IPermissionStore PermissionStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SimulatorOptions>>().Value;
        var isNew = options.InMemory || services.GetRequiredService<SqliteDatabase>().WasCreated;
        var store = SimulatorStorage.Choose<IPermissionStore>(
            services, () => new InMemoryPermissionStore(), database => new SqlitePermissionStore(database));
        if (isNew && options.SeedSyntheticPatients)
        {
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            foreach (var patient in SyntheticPatients.All)
            {
                // Once, while the container builds the store: a factory cannot await.
                store.SaveAsync(patient, now, CancellationToken.None).GetAwaiter().GetResult();
            }
        }

        return store;
    }
}
