using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Persistence.Sqlite;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// The SQLite stores on a temporary data file of their own, created and migrated as the simulator does at start; the
/// file (and its WAL files) is deleted when the backend that created it is disposed.
/// </summary>
internal sealed class SqliteBackend : StoreBackend
{
    private readonly SqliteDatabase database;
    private readonly bool ownsFile;
    private readonly Lazy<SqliteJournalStore> journal;
    private readonly Lazy<IOutbox> outbox;
    private readonly Lazy<IFaultRuleStore> faultRules;
    private bool closed;

    public SqliteBackend()
        : this(System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"spine-contract-{Environment.ProcessId}-{Guid.NewGuid():N}.db"), ownsFile: true)
    {
    }

    private SqliteBackend(string path, bool ownsFile)
    {
        this.ownsFile = ownsFile;
        database = new SqliteDatabase(path);
        database.Migrate();
        Permissions = new SqlitePermissionStore(database);
        Relationships = new SqliteRelationshipStore(database);
        journal = new(() => new SqliteJournalStore(database, NullLogger.Instance));
        // Both read or write the file when made: made when first used, as the simulator's container makes them.
        outbox = new(() => new SqliteOutbox(database));
        faultRules = new(() => new SqliteFaultRuleStore(database));
        Directory = new SqliteDirectoryStore(database);
        MessageIds = new SqliteMessageIdStore(database);
        Tenants = new SqliteTenantStore(database);
        PatientAllocation = new SqlitePatientAllocationStore(database);
    }

    public string Path => database.Path;

    public override bool Persists => true;

    public override IPermissionStore Permissions { get; }

    public override IRelationshipStore Relationships { get; }

    public override IJournalStore Journal => journal.Value;

    public override IOutbox Outbox => outbox.Value;

    public override IDirectoryStore Directory { get; }

    public override IFaultRuleStore FaultRules => faultRules.Value;

    public override IMessageIdStore MessageIds { get; }

    public override ITenantStore Tenants { get; }

    public override IPatientAllocationStore PatientAllocation { get; }

    public override async Task<StoreBackend> ReopenAsync()
    {
        await CloseAsync();
        return Reopened(this);
    }

    // The same file opened again; the owner deletes it when disposed.
    private static ReopenedBackend Reopened(SqliteBackend owner)
    {
        var stores = new SqliteBackend(owner.Path, ownsFile: false);
        return new ReopenedBackend(stores, owner, async () =>
        {
            await stores.CloseAsync();
            return Reopened(owner);
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await CloseAsync();
        if (ownsFile)
        {
            DataFile.DeleteAll(Path);
        }
    }

    // Once: a closed backend's journal must not open (and so create again) a file already deleted.
    private async Task CloseAsync()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        if (journal.IsValueCreated)
        {
            await journal.Value.DisposeAsync();
        }

        // The writing connection and the journal body folder's lock go with the database; pooled connections keep the file open.
        database.Dispose();
        SqliteConnection.ClearAllPools();
    }
}
