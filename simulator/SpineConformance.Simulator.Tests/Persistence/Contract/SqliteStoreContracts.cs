namespace SpineConformance.Simulator.Tests.Persistence.Contract;

// The SQLite stores, each test on a temporary data file of its own, against every store contract.

public sealed class SqlitePermissionStoreContract : PermissionStoreContract
{
    private protected override StoreBackend OpenBackend() => new SqliteBackend();
}

public sealed class SqliteRelationshipStoreContract : RelationshipStoreContract
{
    private protected override StoreBackend OpenBackend() => new SqliteBackend();
}

public sealed class SqliteJournalStoreContract : JournalStoreContract
{
    private protected override StoreBackend OpenBackend() => new SqliteBackend();
}

public sealed class SqliteOutboxContract : OutboxContract
{
    private protected override StoreBackend OpenBackend() => new SqliteBackend();
}

public sealed class SqliteDirectoryStoreContract : DirectoryStoreContract
{
    private protected override StoreBackend OpenBackend() => new SqliteBackend();
}

public sealed class SqliteFaultRuleStoreContract : FaultRuleStoreContract
{
    private protected override StoreBackend OpenBackend() => new SqliteBackend();
}

public sealed class SqliteMessageIdStoreContract : MessageIdStoreContract
{
    private protected override StoreBackend OpenBackend() => new SqliteBackend();
}

public sealed class SqliteTenantStoreContract : TenantStoreContract
{
    private protected override StoreBackend OpenBackend() => new SqliteBackend();
}

public sealed class SqlitePatientAllocationStoreContract : PatientAllocationStoreContract
{
    private protected override StoreBackend OpenBackend() => new SqliteBackend();
}
