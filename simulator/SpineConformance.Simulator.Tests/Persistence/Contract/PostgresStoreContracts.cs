namespace SpineConformance.Simulator.Tests.Persistence.Contract;

// The PostgreSQL stores (--store postgresql), each test on a database of its own on the cluster SPINE_TEST_POSTGRES
// names, against every store contract.

public sealed class PostgresPermissionStoreContract : PermissionStoreContract
{
    private protected override StoreBackend OpenBackend() => PostgresBackend.Open();
}

public sealed class PostgresRelationshipStoreContract : RelationshipStoreContract
{
    private protected override StoreBackend OpenBackend() => PostgresBackend.Open();
}

public sealed class PostgresJournalStoreContract : JournalStoreContract
{
    private protected override StoreBackend OpenBackend() => PostgresBackend.Open();
}

public sealed class PostgresOutboxContract : OutboxContract
{
    private protected override StoreBackend OpenBackend() => PostgresBackend.Open();
}

public sealed class PostgresDirectoryStoreContract : DirectoryStoreContract
{
    private protected override StoreBackend OpenBackend() => PostgresBackend.Open();
}

public sealed class PostgresFaultRuleStoreContract : FaultRuleStoreContract
{
    private protected override StoreBackend OpenBackend() => PostgresBackend.Open();
}

public sealed class PostgresMessageIdStoreContract : MessageIdStoreContract
{
    private protected override StoreBackend OpenBackend() => PostgresBackend.Open();
}

public sealed class PostgresTenantStoreContract : TenantStoreContract
{
    private protected override StoreBackend OpenBackend() => PostgresBackend.Open();
}

public sealed class PostgresPatientAllocationStoreContract : PatientAllocationStoreContract
{
    private protected override StoreBackend OpenBackend() => PostgresBackend.Open();
}
