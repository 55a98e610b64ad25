using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence.Memory;

/// <summary>The in-memory mode: the journal's bounded list is all there is, so this store keeps nothing (and, like any store, refuses a cancelled call).</summary>
internal sealed class MemoryOnlyJournalStore : IJournalStore
{
    public static MemoryOnlyJournalStore Instance { get; } = new();

    public bool KeepsBodies => false;

    public Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken) => Done(cancellationToken);

    public Task AppendBehindAsync(JournalEntry entry, CancellationToken cancellationToken) => Done(cancellationToken);

    public Task FlushAsync(CancellationToken cancellationToken) => Done(cancellationToken);

    public Task<IReadOnlyList<JournalEntry>> NewestAsync(int count, CancellationToken cancellationToken) => Done<IReadOnlyList<JournalEntry>>([], cancellationToken);

    public Task<JournalEntry?> FindAsync(long id, CancellationToken cancellationToken) => Done<JournalEntry?>(null, cancellationToken);

    public Task<long> HighestIdAsync(CancellationToken cancellationToken) => Done(0L, cancellationToken);

    public Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken) => Done(0, cancellationToken);

    public Task<(int Deleted, long? LowestKept)> PruneAsync(DateTimeOffset oldestKept, int maxEntries, long maxBytes, CancellationToken cancellationToken) =>
        Done<(int, long?)>((0, null), cancellationToken);

    private static Task Done(CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;

    private static Task<T> Done<T>(T value, CancellationToken cancellationToken) =>
        cancellationToken.IsCancellationRequested ? Task.FromCanceled<T>(cancellationToken) : Task.FromResult(value);
}
