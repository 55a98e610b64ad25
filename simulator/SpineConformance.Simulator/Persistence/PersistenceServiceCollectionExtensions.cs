using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence.Memory;
using SpineConformance.Simulator.Persistence.Postgres;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// Registers every store from one choice, <c>Simulator:Store</c> (<c>Simulator:InMemory</c> still meaning memory): all in
/// this process, all in the one SQLite file, or all in the one PostgreSQL database (either opened and migrated once, on
/// first use). Another database is one more branch here and one more set of stores.
/// </summary>
public static class PersistenceServiceCollectionExtensions
{
    public static IServiceCollection AddSimulatorPersistence(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SimulatorOptions>, StoreOptionsValidation>();
        services.AddSingleton(SimulatorStorage.OpenDatabase);
        services.AddSingleton(SimulatorStorage.OpenPostgres);
        services.AddSingleton(PermissionStore);
        services.AddSingleton(provider => SimulatorStorage.Choose<IRelationshipStore>(
            provider, () => new InMemoryRelationshipStore(), database => new SqliteRelationshipStore(database), database => new PostgresRelationshipStore(database)));
        services.AddSingleton(provider => SimulatorStorage.Choose<IJournalStore>(
            provider, () => MemoryOnlyJournalStore.Instance,
            database => new SqliteJournalStore(database, provider.GetRequiredService<ILogger<SqliteJournalStore>>()),
            database => new PostgresJournalStore(database)));
        // Undelivered replies outlive the process outside the in-memory mode, and their retries resume.
        services.AddSingleton(provider => SimulatorStorage.Choose<IOutbox>(
            provider, () => new InMemoryOutbox(), database => new SqliteOutbox(database), database => new PostgresOutbox(database, PostgresOutbox.DefaultClaimLease)));
        services.AddSingleton(provider => SimulatorStorage.Choose<IDirectoryStore>(
            provider, () => new InMemoryDirectoryStore(), database => new SqliteDirectoryStore(database), database => new PostgresDirectoryStore(database)));
        services.AddSingleton(provider => SimulatorStorage.Choose<IFaultRuleStore>(
            provider, () => new InMemoryFaultRuleStore(), database => new SqliteFaultRuleStore(database), database => new PostgresFaultRuleStore(database)));
        services.AddSingleton(provider => SimulatorStorage.Choose<IMessageIdStore>(
            provider, () => new InMemoryMessageIdStore(), database => new SqliteMessageIdStore(database), database => new PostgresMessageIdStore(database)));
        // On PostgreSQL, other replicas' journal entries are shown here too; on the other stores it ends at once.
        services.AddHostedService<PostgresJournalListener>();
        // On PostgreSQL, other replicas' directory and tenant changes are read again here; on the other stores it ends at once.
        services.AddHostedService<PostgresChangeListener>();
        return services;
    }

    // A new store (in memory, a file just created, a database this replica migrated from empty) starts with the synthetic patients, unless told not to.
    private static IPermissionStore PermissionStore(IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<SimulatorOptions>>().Value;
        var isNew = SimulatorStorage.Kind(options) switch
        {
            StoreKind.Memory => true,
            StoreKind.PostgreSql => services.GetRequiredService<PostgresDatabase>().WasCreated,
            _ => services.GetRequiredService<SqliteDatabase>().WasCreated,
        };
        var store = SimulatorStorage.Choose<IPermissionStore>(
            services, () => new InMemoryPermissionStore(), database => new SqlitePermissionStore(database), database => new PostgresPermissionStore(database));
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
