using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// Storage opened again (<see cref="StoreBackend.ReopenAsync"/>) through new <paramref name="stores"/>, with the backend
/// that created the storage (<paramref name="owner"/>): disposing this disposes both, so a test disposes one, and the owner
/// removes the storage.
/// </summary>
internal sealed class ReopenedBackend(StoreBackend stores, StoreBackend owner, Func<Task<StoreBackend>> reopenAgain) : StoreBackend
{
    public override bool Persists => true;

    public override IPermissionStore Permissions => stores.Permissions;

    public override IRelationshipStore Relationships => stores.Relationships;

    public override IJournalStore Journal => stores.Journal;

    public override IOutbox Outbox => stores.Outbox;

    public override IDirectoryStore Directory => stores.Directory;

    public override IFaultRuleStore FaultRules => stores.FaultRules;

    public override IMessageIdStore MessageIds => stores.MessageIds;

    public override ITenantStore Tenants => stores.Tenants;

    public override IPatientAllocationStore PatientAllocation => stores.PatientAllocation;

    /// <summary>Closes these stores and opens the storage once more, with the same owner.</summary>
    public override Task<StoreBackend> ReopenAsync() => reopenAgain();

    public override async ValueTask DisposeAsync()
    {
        await stores.DisposeAsync();
        await owner.DisposeAsync();
    }
}
