namespace SpineConformance.Simulator.Journal;

/// <summary>The in-memory mode: the journal's bounded list is all there is.</summary>
internal sealed class MemoryOnlyJournalStore : IJournalStore
{
    public static MemoryOnlyJournalStore Instance { get; } = new();

    public bool KeepsBodies => false;

    public void Append(JournalEntry entry)
    {
    }

    public Task AppendAsync(JournalEntry entry) => Task.CompletedTask;

    public IReadOnlyList<JournalEntry> Newest(int count) => [];

    public JournalEntry? Find(long id) => null;

    public long HighestId() => 0;

    public int Reset(State.ResetScope scope) => 0;

    public (int Deleted, long? LowestKept) Prune(DateTimeOffset oldestKept, int maxEntries, long maxBytes) => (0, null);
}
