using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// One kind of storage the simulator can run on, as the contract tests see it: a full set of stores over fresh, empty
/// storage, and the same storage opened again as a restarted simulator would. A new kind of storage (a server database)
/// joins the suite with one of these and one fixture per store contract.
/// </summary>
internal abstract class StoreBackend : IAsyncDisposable
{
    /// <summary>Whether what the stores hold outlives <see cref="ReopenAsync"/> (false: the storage is the process's memory).</summary>
    public abstract bool Persists { get; }

    public abstract IPermissionStore Permissions { get; }

    public abstract IRelationshipStore Relationships { get; }

    public abstract IJournalStore Journal { get; }

    public abstract IOutbox Outbox { get; }

    public abstract IDirectoryStore Directory { get; }

    public abstract IFaultRuleStore FaultRules { get; }

    public abstract IMessageIdStore MessageIds { get; }

    public abstract ITenantStore Tenants { get; }

    public abstract IPatientAllocationStore PatientAllocation { get; }

    /// <summary>Closes these stores cleanly (as a stopping simulator does) and opens the same storage again.</summary>
    public abstract Task<StoreBackend> ReopenAsync();

    public abstract ValueTask DisposeAsync();
}
