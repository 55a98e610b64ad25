using Npgsql;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Persistence.Postgres;
using SpineConformance.Simulator.Tests.Persistence.Postgres;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// The PostgreSQL stores on a database of their own on the test cluster (<see cref="TestPostgres"/>), migrated as the
/// simulator does at start; the database is dropped when the backend that created it is disposed.
/// </summary>
internal sealed class PostgresBackend : StoreBackend
{
    private readonly PostgresDatabase database;
    private readonly PostgresOutbox outbox;
    private readonly bool ownsDatabase;
    private bool closed;

    private PostgresBackend(string connectionString, bool ownsDatabase)
    {
        ConnectionString = connectionString;
        this.ownsDatabase = ownsDatabase;
        database = new PostgresDatabase(connectionString);
        database.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        Permissions = new PostgresPermissionStore(database);
        Relationships = new PostgresRelationshipStore(database);
        Journal = new PostgresJournalStore(database);
        outbox = new PostgresOutbox(database, PostgresOutbox.DefaultClaimLease);
        Directory = new PostgresDirectoryStore(database);
        FaultRules = new PostgresFaultRuleStore(database);
        MessageIds = new PostgresMessageIdStore(database);
        Tenants = new PostgresTenantStore(database);
        PatientAllocation = new PostgresPatientAllocationStore(database);
    }

    public string ConnectionString { get; }

    public override bool Persists => true;

    public override IPermissionStore Permissions { get; }

    public override IRelationshipStore Relationships { get; }

    public override IJournalStore Journal { get; }

    public override IOutbox Outbox => outbox;

    public override IDirectoryStore Directory { get; }

    public override IFaultRuleStore FaultRules { get; }

    public override IMessageIdStore MessageIds { get; }

    public override ITenantStore Tenants { get; }

    public override IPatientAllocationStore PatientAllocation { get; }

    /// <summary>Stores on a fresh database of their own.</summary>
    public static PostgresBackend Open()
    {
        TestPostgres.Cluster();
        return new PostgresBackend(TestPostgres.CreateMigratedDatabaseAsync().GetAwaiter().GetResult(), ownsDatabase: true);
    }

    public override async Task<StoreBackend> ReopenAsync()
    {
        await CloseAsync();
        return Reopened(this);
    }

    // The same database opened again; the owner drops it when disposed.
    private static ReopenedBackend Reopened(PostgresBackend owner)
    {
        var stores = new PostgresBackend(owner.ConnectionString, ownsDatabase: false);
        return new ReopenedBackend(stores, owner, async () =>
        {
            await stores.CloseAsync();
            return Reopened(owner);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await CloseAsync();
        if (ownsDatabase)
        {
            await TestPostgres.DropDatabaseAsync(ConnectionString);
        }
    }

    // As a stopping simulator closes its stores: the outbox releases its claims, then the connections close.
    private async Task CloseAsync()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        await outbox.DisposeAsync();
        await database.DisposeAsync();
    }
}
