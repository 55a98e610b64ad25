namespace SpineConformance.Simulator.Tests.Persistence.Contract;

// The in-memory stores (<c>--in-memory</c>) against every store contract.

public sealed class MemoryPermissionStoreContract : PermissionStoreContract
{
    private protected override StoreBackend OpenBackend() => new MemoryBackend();
}

public sealed class MemoryRelationshipStoreContract : RelationshipStoreContract
{
    private protected override StoreBackend OpenBackend() => new MemoryBackend();
}

public sealed class MemoryJournalStoreContract : JournalStoreContract
{
    private protected override StoreBackend OpenBackend() => new MemoryBackend();
}

public sealed class MemoryOutboxContract : OutboxContract
{
    private protected override StoreBackend OpenBackend() => new MemoryBackend();
}

public sealed class MemoryDirectoryStoreContract : DirectoryStoreContract
{
    private protected override StoreBackend OpenBackend() => new MemoryBackend();
}

public sealed class MemoryFaultRuleStoreContract : FaultRuleStoreContract
{
    private protected override StoreBackend OpenBackend() => new MemoryBackend();
}

public sealed class MemoryMessageIdStoreContract : MessageIdStoreContract
{
    private protected override StoreBackend OpenBackend() => new MemoryBackend();
}

public sealed class MemoryTenantStoreContract : TenantStoreContract
{
    private protected override StoreBackend OpenBackend() => new MemoryBackend();
}

public sealed class MemoryPatientAllocationStoreContract : PatientAllocationStoreContract
{
    private protected override StoreBackend OpenBackend() => new MemoryBackend();
}
