using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// Where journal entries outlive the process: every entry is appended, the newest are reloaded on start, and an
/// entry that has left the bounded memory is still found by id. In memory it keeps nothing; SQLite keeps everything.
/// </summary>
public interface IJournalStore
{
    /// <summary>Whether entries are kept outside memory, so the journal may let go of bodies and find them again by id.</summary>
    bool KeepsBodies { get; }

    /// <summary>Stores the entry; it has been committed when this returns.</summary>
    Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken);

    /// <summary>
    /// Stores the entry soon, in one transaction with others, without making its exchange wait: for read-only exchanges,
    /// whose answer promises no change that must outlive a crash. Until it is written <see cref="FindAsync"/> still finds it;
    /// <see cref="FlushAsync"/> and a clean stop write it. Returns at once unless too many entries already wait, so a
    /// store that cannot keep up slows the exchanges down instead of holding ever more of them in memory.
    /// </summary>
    Task AppendBehindAsync(JournalEntry entry, CancellationToken cancellationToken);

    /// <summary>Writes every entry still waiting from <see cref="AppendBehindAsync"/>; they are committed when this returns.</summary>
    Task FlushAsync(CancellationToken cancellationToken);

    /// <summary>The newest <paramref name="count"/> entries, oldest first, without their bodies (<see cref="JournalBodies.InStore"/>).</summary>
    Task<IReadOnlyList<JournalEntry>> NewestAsync(int count, CancellationToken cancellationToken);

    Task<JournalEntry?> FindAsync(long id, CancellationToken cancellationToken);

    /// <summary>The highest id ever stored (0 when none), so ids continue after a restart. Read once, at start.</summary>
    Task<long> HighestIdAsync(CancellationToken cancellationToken);

    /// <summary>Deletes the stored entries in <paramref name="scope"/>; returns how many.</summary>
    Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken);

    /// <summary>
    /// Deletes the oldest entries until none is older than <paramref name="oldestKept"/>, at most <paramref name="maxEntries"/>
    /// remain and their bodies and findings take at most <paramref name="maxBytes"/>; gives the space back to the file system.
    /// Returns how many were deleted and the lowest id kept (null when none is left).
    /// </summary>
    Task<(int Deleted, long? LowestKept)> PruneAsync(DateTimeOffset oldestKept, int maxEntries, long maxBytes, CancellationToken cancellationToken);
}
