namespace SpineConformance.Simulator.Journal;

/// <summary>
/// Where journal entries outlive the process: every entry is appended, the newest are reloaded on start, and an
/// entry that has left the bounded memory is still found by id. In memory it keeps nothing; SQLite keeps everything.
/// </summary>
public interface IJournalStore
{
    /// <summary>Whether entries are kept outside memory, so the journal may let go of bodies and find them again by id.</summary>
    bool KeepsBodies { get; }

    /// <summary>Stores the entry; it has been committed when this returns.</summary>
    void Append(JournalEntry entry);

    /// <inheritdoc cref="Append"/>
    Task AppendAsync(JournalEntry entry);

    /// <summary>
    /// Stores the entry soon, in one transaction with others, without making its exchange wait: for read-only exchanges,
    /// whose answer promises no change that must outlive a crash. Until it is written <see cref="Find"/> still finds it;
    /// <see cref="FlushAsync"/> and a clean stop write it. Returns at once unless too many entries already wait, so a
    /// store that cannot keep up slows the exchanges down instead of holding ever more of them in memory.
    /// </summary>
    Task AppendBehindAsync(JournalEntry entry) => AppendAsync(entry);

    /// <summary>Writes every entry still waiting from <see cref="AppendBehindAsync"/>; they are committed when this returns.</summary>
    Task FlushAsync() => Task.CompletedTask;

    /// <summary>The newest <paramref name="count"/> entries, oldest first, without their bodies (<see cref="JournalBodies.InStore"/>).</summary>
    IReadOnlyList<JournalEntry> Newest(int count);

    JournalEntry? Find(long id);

    /// <summary>The highest id ever stored (0 when none), so ids continue after a restart.</summary>
    long HighestId();

    /// <summary>Deletes the stored entries in <paramref name="scope"/>; returns how many.</summary>
    int Reset(State.ResetScope scope);

    /// <summary>
    /// Deletes the oldest entries until none is older than <paramref name="oldestKept"/>, at most <paramref name="maxEntries"/>
    /// remain and their bodies and findings take at most <paramref name="maxBytes"/>; gives the space back to the file system.
    /// Returns how many were deleted and the lowest id kept (null when none is left).
    /// </summary>
    (int Deleted, long? LowestKept) Prune(DateTimeOffset oldestKept, int maxEntries, long maxBytes);
}
