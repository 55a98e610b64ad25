using SpineConformance.Simulator.Faults;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// The fault rules in force, in the order added; the first rule that matches a request is used (and counted down).
/// Outside the in-memory mode they outlive a restart, so a test that set a rule up finds it still there.
/// </summary>
public interface IFaultRuleStore
{
    /// <summary>Stores the rule with a new id (ids are never reused) and returns it.</summary>
    Task<FaultRule> AddAsync(FaultRule rule, CancellationToken cancellationToken);

    /// <summary>Removes one rule; false when there was none with that id.</summary>
    Task<bool> RemoveAsync(long id, CancellationToken cancellationToken);

    /// <summary>Removes every rule that <paramref name="match"/> accepts; returns how many.</summary>
    Task<int> RemoveWhereAsync(Func<FaultRule, bool> match, CancellationToken cancellationToken);

    /// <summary>Every rule, in order.</summary>
    Task<IReadOnlyList<FaultRule>> ListAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The first rule matching the request whose kind <paramref name="applies"/> to its transport, counted as used (a
    /// rule whose uses have run out stays listed with none left, and matches no more); <see langword="null"/> when none matches. Runs on every exchange, so a store
    /// with no rules answers without touching its storage.
    /// </summary>
    ValueTask<FaultRule?> TakeAsync(FaultRequest request, Func<FaultKind, bool> applies, CancellationToken cancellationToken);
}
