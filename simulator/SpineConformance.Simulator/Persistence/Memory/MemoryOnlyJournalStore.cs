using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence.Memory;

/// <summary>The in-memory mode: the journal's bounded list is all there is, so this store keeps nothing.</summary>
internal sealed class MemoryOnlyJournalStore : IJournalStore
{
    public static MemoryOnlyJournalStore Instance { get; } = new();

    public bool KeepsBodies => false;

    public Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task AppendBehindAsync(JournalEntry entry, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<IReadOnlyList<JournalEntry>> NewestAsync(int count, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<JournalEntry>>([]);

    public Task<JournalEntry?> FindAsync(long id, CancellationToken cancellationToken) => Task.FromResult<JournalEntry?>(null);

    public Task<long> HighestIdAsync(CancellationToken cancellationToken) => Task.FromResult(0L);

    public Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken) => Task.FromResult(0);

    public Task<(int Deleted, long? LowestKept)> PruneAsync(DateTimeOffset oldestKept, int maxEntries, long maxBytes, CancellationToken cancellationToken) =>
        Task.FromResult<(int, long?)>((0, null));
}
