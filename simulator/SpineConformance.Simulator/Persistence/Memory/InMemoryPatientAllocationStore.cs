namespace SpineConformance.Simulator.Persistence.Memory;

/// <summary>The in-memory mode's allocation counter: unique for the life of the process (a restart starts again, as all its state does).</summary>
internal sealed class InMemoryPatientAllocationStore : IPatientAllocationStore
{
    private long next;

    public Task<long> ReserveAsync(int count, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return Task.FromResult(Interlocked.Add(ref next, count) - count);
    }
}
