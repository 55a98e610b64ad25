using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Robustness.Issue15;

/// <summary>The journal's memory budget (issue 15): bodies past <c>JournalMemoryBytes</c> leave memory, oldest first.</summary>
[Category("robustness")]
public sealed class JournalMemoryBudgetTests
{
    private const int Budget = 1 << 20;

    [Test]
    public async Task InMemoryOnly_PastTheBudget_TheOldestBodiesAreCutToAMarkedPrefix_AndTheNewestStayWhole()
    {
        var journal = new RequestJournal(Options.Create(new SimulatorOptions { JournalMemoryBytes = Budget }));

        var entries = Enumerable.Range(0, 3).Select(i => Entry(journal.NextId(), 600_000)).ToList();
        foreach (var entry in entries)
        {
            await journal.AddAsync(entry);
        }

        var held = journal.Snapshot();
        Assert.That(journal.HeldBodyBytes, Is.LessThanOrEqualTo(Budget));
        Assert.That(held.Select(e => e.Bodies), Is.EqualTo(new[] { JournalBodies.Truncated, JournalBodies.Truncated, JournalBodies.Complete }));
        Assert.That(held[0].RequestBody, Is.EqualTo(entries[0].RequestBody[..4096]), "a prefix of the exact bytes");
        Assert.That(held[0].BodiesNote, Does.Contain("Only the first 4096 of the request's 600000 bytes").And.Contain("Simulator:JournalMemoryBytes"));
        Assert.That((await journal.FindAsync(entries[2].Id, CancellationToken.None))!.RequestBody, Is.EqualTo(entries[2].RequestBody));
    }

    [Test]
    public async Task InMemoryOnly_WhenThePrefixesAlonePassTheBudget_TheOldestPrefixesGo_AndTheirEntriesAndNotesStay()
    {
        const int smallBudget = 64 * 1024;
        var journal = new RequestJournal(Options.Create(new SimulatorOptions { JournalMemoryBytes = smallBudget }));

        // 100 prefixes of 4 KiB are 400 KiB: six times the budget.
        var entries = Enumerable.Range(0, 100).Select(_ => Entry(journal.NextId(), 20_000)).ToList();
        foreach (var entry in entries)
        {
            await journal.AddAsync(entry);
        }

        var held = journal.Snapshot();
        Assert.That(journal.HeldBodyBytes, Is.LessThanOrEqualTo(smallBudget));
        Assert.That(held, Has.Count.EqualTo(100), "entries are let go of by JournalCapacity only, never by the memory budget");
        Assert.That(held[0].Bodies, Is.EqualTo(JournalBodies.Dropped));
        Assert.That(held[0].RequestBody, Is.Empty);
        Assert.That(held[0].BodiesNote, Does.Contain("Only the first 4096 of the request's 20000 bytes").And.Contain("even that prefix has been let go of"));
        Assert.That(held[^1].Bodies, Is.EqualTo(JournalBodies.Complete));
        Assert.That(held.Select(e => e.Bodies), Is.Ordered.Ascending.Using<JournalBodies>((a, b) => Rank(a).CompareTo(Rank(b))),
            "the oldest give up most: dropped, then cut, then whole");
        Assert.That((await journal.FindAsync(entries[0].Id, CancellationToken.None))!.Bodies, Is.EqualTo(JournalBodies.Dropped), "found by id, it says what became of its bodies");
    }

    [Test]
    public async Task UnderTheBudget_EveryBodyStaysWhole()
    {
        var journal = new RequestJournal(Options.Create(new SimulatorOptions { JournalMemoryBytes = Budget }));

        foreach (var entry in Enumerable.Range(0, 10).Select(_ => Entry(journal.NextId(), 10_000)).ToList())
        {
            await journal.AddAsync(entry);
        }

        Assert.That(journal.Snapshot().Select(e => e.Bodies), Is.All.EqualTo(JournalBodies.Complete));
        Assert.That(journal.HeldBodyBytes, Is.EqualTo(10 * 10_000));
    }

    [Test]
    public async Task ByDefault_WithAStoreThatKeepsEveryBody_MemoryHoldsOnlyTheNewest256KiB_AndTheRestIsReadFromTheStore()
    {
        using var file = new Persistence.DataFile();
        using var database = new SqliteDatabase(file.Path);
        database.Migrate();
        using var store = new SqliteJournalStore(database, NullLogger.Instance);
        var journal = new RequestJournal(Options.Create(new SimulatorOptions()), store);

        // 100 exchanges of 9 KB (a Get's request and answer together are about that): 900 KB in all.
        var entries = Enumerable.Range(0, 100).Select(_ => Entry(journal.NextId(), 9_000)).ToList();
        foreach (var entry in entries)
        {
            await journal.AddAsync(entry);
        }

        Assert.That(journal.BodyBudget, Is.EqualTo(SimulatorOptions.StoredJournalMemoryBytes).And.EqualTo(256 * 1024));
        Assert.That(journal.HeldBodyBytes, Is.LessThanOrEqualTo(256 * 1024));
        Assert.That(journal.Snapshot().Select(e => e.Bodies), Has.Some.EqualTo(JournalBodies.InStore).And.Some.EqualTo(JournalBodies.Complete),
            "the oldest left their bodies to the store, the newest kept them");
        var oldest = await journal.FindAsync(entries[0].Id, CancellationToken.None);
        Assert.That(oldest!.RequestBody, Is.EqualTo(entries[0].RequestBody), "a body that left memory is read back whole from the store");
    }

    [Test]
    public async Task ByDefault_InMemoryOnly_MemoryHoldsUpTo64MiB_SoEveryBodyOfTheseStaysWhole()
    {
        var journal = new RequestJournal(Options.Create(new SimulatorOptions()));

        foreach (var entry in Enumerable.Range(0, 100).Select(_ => Entry(journal.NextId(), 9_000)).ToList())
        {
            await journal.AddAsync(entry);
        }

        Assert.That(journal.BodyBudget, Is.EqualTo(SimulatorOptions.MemoryOnlyJournalMemoryBytes).And.EqualTo(64L << 20));
        Assert.That(journal.Snapshot().Select(e => e.Bodies), Is.All.EqualTo(JournalBodies.Complete), "memory is their only copy");
    }

    private static int Rank(JournalBodies bodies) => bodies switch
    {
        JournalBodies.Dropped => 0,
        JournalBodies.Truncated => 1,
        _ => 2,
    };

    private static JournalEntry Entry(long id, int size)
    {
        var body = new byte[size];
        body.AsSpan().Fill((byte)('a' + (id % 26)));
        return new JournalEntry(id, DateTimeOffset.UnixEpoch, TimeSpan.Zero, "/sync-service", null, null, 500, body, [], ValidationReport.Empty);
    }
}
