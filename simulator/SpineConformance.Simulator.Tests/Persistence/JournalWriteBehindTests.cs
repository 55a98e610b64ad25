using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.State;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>
/// A read-only exchange's journal entry is written behind after a short window, so the entries answered meanwhile share
/// one transaction instead of one commit each; and every entry still reaches the file without a flush, whoever wrote
/// the queue empty in between.
/// </summary>
public sealed class JournalWriteBehindTests
{
    // Long enough that a loop of appends ends inside it on a busy machine; short enough to keep the tests quick.
    private static readonly TimeSpan Window = TimeSpan.FromMilliseconds(500);

    [Test]
    public async Task EntriesWrittenBehindWithinOneWindow_ShareOneCommit_AndReachTheFileWithoutAFlush()
    {
        using var journal = new OpenedJournal(writeBehindWindow: Window);
        var (file, database, store) = (journal.File, journal.Database, journal.Store);

        for (var id = 1; id <= 50; id++)
        {
            await store.AppendBehindAsync(Entry(id), CancellationToken.None);
        }

        await UntilInFileAsync(file, 50);
        Assert.That(database.Commits, Is.EqualTo(1), "the 50 entries written behind within one window were written in one transaction");
    }

    [Test]
    public async Task AnEntryWrittenBehind_AfterAFlushEmptiedTheQueue_IsStillWritten_WithoutAnotherFlush()
    {
        using var journal = new OpenedJournal(writeBehindWindow: Window);
        var (file, database, store) = (journal.File, journal.Database, journal.Store);

        await store.AppendBehindAsync(Entry(1), CancellationToken.None);
        await store.FlushAsync(CancellationToken.None);
        // Queued while the write scheduled for entry 1 still waits: that write, finding the queue not empty, writes it.
        await store.AppendBehindAsync(Entry(2), CancellationToken.None);
        await UntilInFileAsync(file, 2);

        await store.FlushAsync(CancellationToken.None);
        await store.AppendBehindAsync(Entry(3), CancellationToken.None);
        await store.FlushAsync(CancellationToken.None);
        // The write scheduled for entry 3 finds the queue empty and stands down; entry 4, queued after that, schedules its own.
        await Task.Delay(Window * 2);
        await store.AppendBehindAsync(Entry(4), CancellationToken.None);
        await UntilInFileAsync(file, 4);
    }

    [Test]
    public async Task AnEntryWrittenBehind_IsLetGoOfFromMemoryAsItIsWritten_SoAResetStraightAfterAFlushLeavesNothingToFind()
    {
        using var journal = new OpenedJournal(writeBehindWindow: Window);
        var (file, database, store) = (journal.File, journal.Database, journal.Store);

        for (var id = 1; id <= 20; id++)
        {
            await store.AppendBehindAsync(Entry(id), CancellationToken.None);
            await store.FlushAsync(CancellationToken.None);
            await store.ResetAsync(ResetScope.Everything, CancellationToken.None);
            Assert.That(await store.FindAsync(id, CancellationToken.None), Is.Null, $"entry {id}, written and then reset, is still served from memory");
        }
    }

    // Polls the file (not the store, which serves waiting entries from memory) until it holds the entries, for 10 seconds.
    private static async Task UntilInFileAsync(DataFile file, long entries)
    {
        using var connection = file.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM journal_entries;";
        var deadline = TimeProvider.System.GetTimestamp() + (10 * TimeProvider.System.TimestampFrequency);
        long inFile;
        while ((inFile = (long)count.ExecuteScalar()!) < entries && TimeProvider.System.GetTimestamp() < deadline)
        {
            await Task.Delay(20);
        }

        Assert.That(inFile, Is.EqualTo(entries), "entries in the file, with no flush after they were written behind");
    }

    private static JournalEntry Entry(long id) =>
        new(id, TimeProvider.System.GetUtcNow(), TimeSpan.Zero, "/sync-service", null, null, 200, [1], [2], ValidationReport.Empty);
}
