using SpineConformance.Simulator.Faults;

namespace SpineConformance.Simulator.Persistence.Memory;

/// <summary>The in-memory mode's fault rules: gone with the process.</summary>
internal sealed class InMemoryFaultRuleStore : IFaultRuleStore
{
    private readonly FaultRuleList rules = new();
    private long lastId;

    public Task<FaultRule> AddAsync(FaultRule rule, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var stored = rule with { Id = Interlocked.Increment(ref lastId) };
        rules.Add(stored);
        return Task.FromResult(stored);
    }

    public Task<bool> RemoveAsync(long id, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(rules.RemoveWhere(r => r.Id == id).Count > 0);
    }

    public Task<int> RemoveWhereAsync(Func<FaultRule, bool> match, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(rules.RemoveWhere(match).Count);
    }

    public Task<IReadOnlyList<FaultRule>> ListAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(rules.Snapshot());
    }

    public ValueTask<FaultRule?> TakeAsync(FaultRequest request, Func<FaultKind, bool> applies, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(rules.Take(request, applies));
    }
}
