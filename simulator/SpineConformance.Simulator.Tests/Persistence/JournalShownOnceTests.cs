using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.State;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>
/// Issue 20: a replica's journal shows another replica's entry once however often it arrives (caught up after a lost
/// connection and notified too), and never shows its own entry a second time when it is read back from the shared store
/// before this replica has shown it.
/// </summary>
public sealed class JournalShownOnceTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);

    [Test]
    public void AnotherReplicasEntry_ArrivingTwice_IsListedAndStreamedOnce()
    {
        var journal = new RequestJournal(Microsoft.Extensions.Options.Options.Create(new SimulatorOptions()));
        var streamed = 0;
        journal.EntryAdded += (_, _) => streamed++;

        Assert.That(journal.AddStoredElsewhere(Entry(7, "/elsewhere")), Is.True, "first arrival");
        Assert.That(journal.AddStoredElsewhere(Entry(7, "/elsewhere")), Is.False, "second arrival");

        Assert.That(journal.Snapshot().Select(e => e.Id), Is.EqualTo(new long[] { 7 }));
        Assert.That(streamed, Is.EqualTo(1), "the live stream shows it once");
        Assert.That(journal.HighestShownId, Is.EqualTo(7));
    }

    [Test]
    public async Task ThisReplicasOwnEntry_ReadBackBeforeItIsShown_IsListedOnce_WithItsBodies()
    {
        var store = new HeldBackStore();
        var journal = new RequestJournal(Microsoft.Extensions.Options.Options.Create(new SimulatorOptions()), store);

        var adding = journal.AddAsync(Entry(0, "/own"));
        await store.Appending.Task.WaitAsync(TimeSpan.FromSeconds(10));
        var readBack = store.Stored with { RequestBody = [], ResponseBody = [], Bodies = JournalBodies.InStore };
        Assert.That(journal.AddStoredElsewhere(readBack), Is.False, "stored but not yet shown by this replica: not shown as another's");
        store.Release.SetResult();
        await adding;

        var listed = journal.Snapshot();
        Assert.That(listed.Select(e => e.Id), Is.EqualTo(new[] { readBack.Id }), "listed once");
        Assert.That(listed[0].Bodies, Is.EqualTo(JournalBodies.Complete), "as this replica answered it, bodies included");
        Assert.That(journal.AddStoredElsewhere(readBack), Is.False, "once shown, it is held");
    }

    private static JournalEntry Entry(long id, string path) =>
        new(id, Now, TimeSpan.FromMilliseconds(1), path, null, "QUPC_IN200000SM04", 200, [1], [2], ValidationReport.Empty) { Outcome = "answered" };

    // A shared store that numbers entries and holds an append until released, as a slow database round trip would.
    private sealed class HeldBackStore : SpineConformance.Simulator.Persistence.INumberingJournalStore
    {
        private long lastId = 40;

        public TaskCompletionSource Appending { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public JournalEntry Stored { get; private set; } = null!;

        public bool KeepsBodies => true;

        public Task<long> NextIdAsync(CancellationToken cancellationToken) => Task.FromResult(Interlocked.Increment(ref lastId));

        public async Task AppendAsync(JournalEntry entry, CancellationToken cancellationToken)
        {
            Stored = entry;
            Appending.SetResult();
            await Release.Task;
        }

        public Task AppendBehindAsync(JournalEntry entry, CancellationToken cancellationToken) => AppendAsync(entry, cancellationToken);

        public Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

        public Task<IReadOnlyList<JournalEntry>> NewestAsync(int count, CancellationToken cancellationToken) => Task.FromResult<IReadOnlyList<JournalEntry>>([]);

        public Task<JournalEntry?> FindAsync(long id, CancellationToken cancellationToken) => Task.FromResult<JournalEntry?>(null);

        public Task<long> HighestIdAsync(CancellationToken cancellationToken) => Task.FromResult(lastId);

        public Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken) => Task.FromResult(0);

        public Task<(int Deleted, long? LowestKept)> PruneAsync(DateTimeOffset oldestKept, int maxEntries, long maxBytes, CancellationToken cancellationToken) =>
            Task.FromResult<(int, long?)>((0, null));
    }
}
