using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Journal;

/// <summary>
/// Every exchange, newest last, bounded in memory (the oldest leave first). Waiters are woken when an
/// entry arrives, so tests wait on events, never on sleeps. Each entry is also appended to the
/// <see cref="IJournalStore"/>: on start the newest entries come back into memory and ids continue after the
/// highest stored, and <see cref="Find"/> reaches entries that have left memory.
/// </summary>
public sealed class RequestJournal
{
    private readonly Lock gate = new();
    private readonly LinkedList<JournalEntry> entries = new();
    private readonly List<(Func<JournalEntry, bool> Match, TaskCompletionSource<JournalEntry> Done)> waiters = [];
    private readonly IOptions<SimulatorOptions> options;
    private readonly IJournalStore store;
    private long lastId;

    /// <summary>A journal kept in memory only.</summary>
    public RequestJournal(IOptions<SimulatorOptions> options)
        : this(options, MemoryOnlyJournalStore.Instance)
    {
    }

    public RequestJournal(IOptions<SimulatorOptions> options, IJournalStore store)
    {
        this.options = options;
        this.store = store;
        foreach (var entry in store.Newest(options.Value.JournalCapacity))
        {
            entries.AddLast(entry);
        }

        lastId = store.HighestId();
    }

    public event EventHandler<JournalEntry>? EntryAdded;

    public long NextId() => Interlocked.Increment(ref lastId);

    /// <summary>The id of the newest entry so far (0 when empty): remember it before an action to find what the action caused.</summary>
    public long LastId => Interlocked.Read(ref lastId);

    public void Add(JournalEntry entry)
    {
        // Stored before it is visible, so anything woken by it can find it again by id.
        store.Append(entry);
        Publish(entry);
    }

    /// <summary>As <see cref="Add"/>, without holding a thread while the entry is committed: the request paths use this.</summary>
    public async Task AddAsync(JournalEntry entry)
    {
        await store.AppendAsync(entry);
        Publish(entry);
    }

    private void Publish(JournalEntry entry)
    {
        List<TaskCompletionSource<JournalEntry>> woken = [];
        lock (gate)
        {
            entries.AddLast(entry);
            while (entries.Count > options.Value.JournalCapacity)
            {
                entries.RemoveFirst();
            }

            for (var i = waiters.Count - 1; i >= 0; i--)
            {
                if (waiters[i].Match(entry))
                {
                    woken.Add(waiters[i].Done);
                    waiters.RemoveAt(i);
                }
            }
        }

        foreach (var done in woken)
        {
            done.TrySetResult(entry);
        }

        EntryAdded?.Invoke(this, entry);
    }

    public IReadOnlyList<JournalEntry> Snapshot()
    {
        lock (gate)
        {
            return [.. entries];
        }
    }

    /// <summary>
    /// Forgets the entries in <paramref name="scope"/>, in memory and in the store; returns how many. Ids keep counting up,
    /// so a reset never reuses one.
    /// </summary>
    public int Reset(State.ResetScope scope)
    {
        int inMemory;
        lock (gate)
        {
            var gone = entries.Where(scope.Covers).ToList();
            gone.ForEach(e => entries.Remove(e));
            inMemory = gone.Count;
        }

        // The store holds every entry in memory and those that have left it; a memory-only store holds none.
        return Math.Max(inMemory, store.Reset(scope));
    }

    /// <summary>The entry with this id: from memory, or from the store once it has left memory.</summary>
    public JournalEntry? Find(long id)
    {
        lock (gate)
        {
            if (entries.FirstOrDefault(e => e.Id == id) is { } entry)
            {
                return entry;
            }
        }

        return store.Find(id);
    }

    /// <summary>The first entry (already present or yet to come) that matches; fails with <see cref="TimeoutException"/> after <paramref name="timeout"/>.</summary>
    public async Task<JournalEntry> WaitForAsync(Func<JournalEntry, bool> match, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var done = new TaskCompletionSource<JournalEntry>(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (gate)
        {
            if (entries.FirstOrDefault(match) is { } existing)
            {
                return existing;
            }

            waiters.Add((match, done));
        }

        try
        {
            return await done.Task.WaitAsync(timeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            lock (gate)
            {
                waiters.RemoveAll(w => w.Done == done);
            }

            throw new TimeoutException($"No journal entry matched within {timeout.TotalSeconds:0.#} s. The journal holds {Snapshot().Count} entries.");
        }
    }
}
