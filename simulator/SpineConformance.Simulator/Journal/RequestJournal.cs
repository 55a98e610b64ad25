using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Persistence.Memory;

namespace SpineConformance.Simulator.Journal;

/// <summary>
/// Every exchange, newest last, bounded in memory by entries (<c>JournalCapacity</c>, the oldest leave first) and by the
/// bytes of their bodies (<c>JournalMemoryBytes</c>, the oldest let go of their bodies first). Waiters are woken when an
/// entry arrives, so tests wait on events, never on sleeps. Each entry is also appended to the
/// <see cref="IJournalStore"/>: on start the newest entries come back into memory without their bodies and ids continue
/// after the highest stored, and <see cref="FindAsync"/> reaches entries that have left memory, and bodies memory let go of.
/// </summary>
public sealed class RequestJournal
{
    // What an entry keeps of each body once the budget is spent and no store holds a copy: enough to see what it was.
    private const int TruncatedPrefixBytes = 4096;

    private readonly Lock gate = new();
    private readonly LinkedList<JournalEntry> entries = new();

    // The ids of the entries held, and of this replica's own entries numbered but not yet shown: an entry another replica
    // stored that is already among them is not shown again (it can arrive both by catching up and by a notification, and
    // this replica's own entries can be read back from the shared store before they are shown).
    private readonly HashSet<long> heldIds = [];
    private readonly HashSet<long> ownUnshown = [];
    private long highestShown;
    private readonly List<(Func<JournalEntry, bool> Match, TaskCompletionSource<JournalEntry> Done)> waiters = [];
    private readonly IOptions<SimulatorOptions> options;
    private readonly IJournalStore store;
    private readonly Func<string?, long?>? ownerOfSystem;
    private long lastId;

    // Bytes of the bodies held in memory.
    private long heldBytes;

    // Where letting go of bodies resumes, so an append never walks the entries already dealt with: every entry before
    // oldestWhole has given up its whole bodies, and every entry before oldestHolding holds no body bytes at all. Null
    // once the walk has passed the newest entry; a removed node (List is null) sends the walk back to the first entry.
    private LinkedListNode<JournalEntry>? oldestWhole;
    private LinkedListNode<JournalEntry>? oldestHolding;

    /// <summary>A journal kept in memory only.</summary>
    public RequestJournal(IOptions<SimulatorOptions> options)
        : this(options, MemoryOnlyJournalStore.Instance)
    {
    }

    /// <summary>
    /// A journal over <paramref name="store"/>; <paramref name="ownerOfSystem"/>, when given, names the tenant owning an
    /// ASID, recorded on each entry as it is written (<see cref="JournalEntry.TenantId"/>), so it stays the entry's owner
    /// if the system moves later.
    /// </summary>
    public RequestJournal(IOptions<SimulatorOptions> options, IJournalStore store, Func<string?, long?>? ownerOfSystem = null)
    {
        this.options = options;
        this.store = store;
        this.ownerOfSystem = ownerOfSystem;
        // Once, at start, while the container builds the journal: a constructor cannot await.
        foreach (var entry in store.NewestAsync(options.Value.JournalCapacity, CancellationToken.None).GetAwaiter().GetResult())
        {
            entries.AddLast(entry);
            heldIds.Add(entry.Id);
            highestShown = Math.Max(highestShown, entry.Id);
            heldBytes += entry.BodyBytes;
        }

        lastId = store.HighestIdAsync(CancellationToken.None).GetAwaiter().GetResult();
    }

    public event EventHandler<JournalEntry>? EntryAdded;

    /// <summary>
    /// The id for an entry about to be added. With a store that numbers entries itself (<see cref="INumberingJournalStore"/>,
    /// shared by replicas) this is only a placeholder: <see cref="AddAsync"/> gives the entry the store's id.
    /// </summary>
    public long NextId() => store is INumberingJournalStore ? 0 : Interlocked.Increment(ref lastId);

    /// <summary>The id of the newest entry so far (0 when empty): remember it before an action to find what the action caused.</summary>
    public long LastId => Interlocked.Read(ref lastId);

    /// <summary>Stores the entry, then makes it visible, so anything woken by it can find it again by id.</summary>
    public async Task AddAsync(JournalEntry entry, CancellationToken cancellationToken = default)
    {
        entry = Owned(await NumberedAsync(entry, cancellationToken));
        try
        {
            await store.AppendAsync(entry, cancellationToken);
        }
        catch
        {
            NotShown(entry);
            throw;
        }

        Publish(entry);
    }

    /// <summary>
    /// As <see cref="AddAsync"/> for a read-only exchange (Get, Has, an LR query): visible at once, and stored soon in a
    /// batch with others (<see cref="IJournalStore.AppendBehindAsync"/>), since its answer promises no change that must
    /// outlive a crash. A clean stop stores it.
    /// </summary>
    public async Task AddBehindAsync(JournalEntry entry, CancellationToken cancellationToken = default)
    {
        entry = Owned(await NumberedAsync(entry, cancellationToken));
        try
        {
            await store.AppendBehindAsync(entry, cancellationToken);
        }
        catch
        {
            NotShown(entry);
            throw;
        }

        Publish(entry);
    }

    /// <summary>
    /// Shows an entry another replica stored (the store shared by replicas told of it, or read back from it to catch up):
    /// listed, streamed and waited for as this replica's own are. Not stored again, and not shown again when the journal
    /// already holds an entry with its id, or it is this replica's own still being stored; returns whether it was shown.
    /// </summary>
    public bool AddStoredElsewhere(JournalEntry entry)
    {
        RaiseLastId(entry.Id);
        return Publish(entry, unlessHeld: true);
    }

    /// <summary>
    /// The highest id of the entries shown so far, this replica's own and others' (0 when none; it never goes down, even
    /// when entries leave memory): where catching up with a shared store starts.
    /// </summary>
    public long HighestShownId => Interlocked.Read(ref highestShown);

    /// <summary>How many entries the journal holds in memory at most (<c>Simulator:JournalCapacity</c>).</summary>
    public int Capacity => options.Value.JournalCapacity;

    // A failed store leaves no entry to show, and no id waiting to be shown.
    private void NotShown(JournalEntry entry)
    {
        lock (gate)
        {
            ownUnshown.Remove(entry.Id);
        }
    }

    // The sender's (or, for a reply, the recipient's) tenant; without tenants the entry is left as it is.
    private JournalEntry Owned(JournalEntry entry) =>
        entry.TenantId is null && ownerOfSystem?.Invoke(entry.SenderAsid) is { } tenant ? entry with { TenantId = tenant } : entry;

    private async ValueTask<JournalEntry> NumberedAsync(JournalEntry entry, CancellationToken cancellationToken)
    {
        if (store is not INumberingJournalStore numbering)
        {
            return entry;
        }

        var id = await numbering.NextIdAsync(cancellationToken);
        RaiseLastId(id);
        lock (gate)
        {
            ownUnshown.Add(id);
        }

        return entry with { Id = id };
    }

    // LastId only ever rises, whichever of several concurrent adds publishes first.
    private void RaiseLastId(long id)
    {
        for (var seen = Interlocked.Read(ref lastId); seen < id; seen = Interlocked.Read(ref lastId))
        {
            if (Interlocked.CompareExchange(ref lastId, id, seen) == seen)
            {
                break;
            }
        }
    }

    private bool Publish(JournalEntry entry, bool unlessHeld = false)
    {
        List<TaskCompletionSource<JournalEntry>> woken = [];
        lock (gate)
        {
            if (unlessHeld && (heldIds.Contains(entry.Id) || ownUnshown.Contains(entry.Id)))
            {
                return false;
            }

            ownUnshown.Remove(entry.Id);
            heldIds.Add(entry.Id);
            // Written under the gate, read without it.
            Interlocked.Exchange(ref highestShown, Math.Max(highestShown, entry.Id));
            var added = entries.AddLast(entry);
            oldestWhole ??= added;
            oldestHolding ??= added;
            heldBytes += entry.BodyBytes;
            while (entries.Count > options.Value.JournalCapacity)
            {
                var oldest = entries.First!.Value;
                heldBytes -= oldest.BodyBytes;
                heldIds.Remove(oldest.Id);
                entries.RemoveFirst();
            }

            LetGoOfBodies();

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
        return true;
    }

    /// <summary>
    /// The most bytes of bodies held in memory: <c>JournalMemoryBytes</c> when set, else a default that depends on whether
    /// the store keeps the bodies (then memory is only a cache of the newest) or memory is their only copy.
    /// </summary>
    public long BodyBudget => options.Value.JournalMemoryBytes
        ?? (store.KeepsBodies ? SimulatorOptions.StoredJournalMemoryBytes : SimulatorOptions.MemoryOnlyJournalMemoryBytes);

    /// <summary>How many bytes of message bodies the journal holds in memory now.</summary>
    public long HeldBodyBytes
    {
        get
        {
            lock (gate)
            {
                return heldBytes;
            }
        }
    }

    // Oldest first, entries give up their bodies until the rest fit the budget: to the store when it has a copy to read
    // back, or down to a marked prefix when it has none; and when the prefixes and the newest entry still pass the
    // budget, the oldest prefixes go too, leaving the entry and its note.
    private void LetGoOfBodies()
    {
        var budget = BodyBudget;
        oldestWhole = Resumed(oldestWhole);
        for (; oldestWhole is not null && heldBytes > budget; oldestWhole = oldestWhole.Next)
        {
            // The newest exchange, the one most likely being looked at, stays whole if it fits the budget alone: older
            // prefixes make room for it below.
            if (oldestWhole == entries.Last && oldestWhole.Value.BodyBytes <= budget)
            {
                break;
            }

            if (oldestWhole.Value.Bodies == JournalBodies.Complete)
            {
                Replace(oldestWhole, store.KeepsBodies ? WithoutBodies(oldestWhole.Value) : Truncated(oldestWhole.Value));
            }
        }

        oldestHolding = Resumed(oldestHolding);
        for (; oldestHolding is not null && heldBytes > budget; oldestHolding = oldestHolding.Next)
        {
            // Only prefixes go here; the whole bodies reached are the newest entry's, which fit the budget alone.
            if (oldestHolding.Value is { Bodies: JournalBodies.Truncated, BodyBytes: > 0 })
            {
                Replace(oldestHolding, Dropped(oldestHolding.Value));
            }
            else if (oldestHolding.Value.Bodies == JournalBodies.Complete)
            {
                break;
            }
        }
    }

    private LinkedListNode<JournalEntry>? Resumed(LinkedListNode<JournalEntry>? node) => node is { List: null } ? entries.First : node;

    private void Replace(LinkedListNode<JournalEntry> node, JournalEntry lighter)
    {
        heldBytes -= node.Value.BodyBytes - lighter.BodyBytes;
        node.Value = lighter;
    }

    private static JournalEntry Dropped(JournalEntry entry) => entry with
    {
        RequestBody = [],
        ResponseBody = [],
        Bodies = JournalBodies.Dropped,
        BodiesNote = entry.BodiesNote + " Since then even that prefix has been let go of, to keep within the same budget.",
    };

    private static JournalEntry WithoutBodies(JournalEntry entry) => entry with { RequestBody = [], ResponseBody = [], Bodies = JournalBodies.InStore };

    private JournalEntry Truncated(JournalEntry entry) => entry with
    {
        RequestBody = entry.RequestBody.Length > TruncatedPrefixBytes ? entry.RequestBody[..TruncatedPrefixBytes] : entry.RequestBody,
        ResponseBody = entry.ResponseBody.Length > TruncatedPrefixBytes ? entry.ResponseBody[..TruncatedPrefixBytes] : entry.ResponseBody,
        Bodies = JournalBodies.Truncated,
        BodiesNote = $"Only the first {Math.Min(TruncatedPrefixBytes, entry.RequestBody.Length)} of the request's {entry.RequestBody.Length} bytes and "
            + $"{Math.Min(TruncatedPrefixBytes, entry.ResponseBody.Length)} of the response's {entry.ResponseBody.Length} are kept: the journal holds at most "
            + $"{BodyBudget} bytes of bodies in memory (Simulator:JournalMemoryBytes), and this simulator keeps no copy on disk (in memory only).",
    };

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
    public async Task<int> ResetAsync(State.ResetScope scope, CancellationToken cancellationToken)
    {
        int inMemory;
        lock (gate)
        {
            var gone = entries.Where(scope.Covers).ToList();
            Forget(gone);
            inMemory = gone.Count;
        }

        // The store holds every entry in memory and those that have left it; a memory-only store holds none.
        return Math.Max(inMemory, await store.ResetAsync(scope, cancellationToken));
    }

    // Under the gate.
    private void Forget(List<JournalEntry> gone)
    {
        foreach (var entry in gone)
        {
            entries.Remove(entry);
            heldIds.Remove(entry.Id);
            heldBytes -= entry.BodyBytes;
        }
    }

    /// <summary>The entry with this id, with its bodies: from memory, or from the store once it (or its bodies) left memory.</summary>
    public async Task<JournalEntry?> FindAsync(long id, CancellationToken cancellationToken)
    {
        JournalEntry? held;
        lock (gate)
        {
            held = entries.FirstOrDefault(e => e.Id == id);
        }

        return held is { Bodies: not JournalBodies.InStore } ? held : await store.FindAsync(id, cancellationToken);
    }

    /// <summary>
    /// Applies the retention limits to the store and forgets, in memory too, the entries it deleted; returns how many
    /// were deleted.
    /// </summary>
    public async Task<int> PruneAsync(JournalRetentionOptions retention, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var oldestKept = now - retention.MaxAge;
        var (deleted, lowestKept) = await store.PruneAsync(oldestKept, retention.MaxEntries, retention.MaxBytes, cancellationToken);
        if (deleted > 0)
        {
            lock (gate)
            {
                // The same entries as the store deleted: those below the lowest id it kept, and those too old.
                Forget(entries.Where(e => lowestKept is null || e.Id < lowestKept || e.ReceivedAt < oldestKept).ToList());
            }
        }

        return deleted;
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
