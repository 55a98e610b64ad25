using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Persistence.Memory;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>The in-memory stores (<c>--in-memory</c>): reopening starts empty, as a restarted process does.</summary>
internal sealed class MemoryBackend : StoreBackend
{
    public override bool Persists => false;

    public override IPermissionStore Permissions { get; } = new InMemoryPermissionStore();

    public override IRelationshipStore Relationships { get; } = new InMemoryRelationshipStore();

    public override IJournalStore Journal => MemoryOnlyJournalStore.Instance;

    public override IOutbox Outbox { get; } = new InMemoryOutbox();

    public override IDirectoryStore Directory { get; } = new InMemoryDirectoryStore();

    public override IFaultRuleStore FaultRules { get; } = new InMemoryFaultRuleStore();

    public override IMessageIdStore MessageIds { get; } = new InMemoryMessageIdStore();

    public override ITenantStore Tenants { get; } = new InMemoryTenantStore();

    public override IPatientAllocationStore PatientAllocation { get; } = new InMemoryPatientAllocationStore();

    public override Task<StoreBackend> ReopenAsync() => Task.FromResult<StoreBackend>(new MemoryBackend());

    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
