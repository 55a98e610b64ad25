using Microsoft.Extensions.Logging.Abstractions;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>
/// A retention prune of many entries takes many short write turns, so exchanges that journal or change state write
/// between them instead of waiting for the whole prune (which, in one transaction, held every write for seconds).
/// </summary>
public sealed class JournalPruneTurnsTests
{
    [Test]
    public async Task APruneOfManyEntries_TakesAShortWriteTurnPerChunk_SoWritesWaitingBehindItGoBetweenItsTurns()
    {
        using var file = new DataFile();
        using var database = new SqliteDatabase(file.Path);
        database.Migrate();
        using var store = new SqliteJournalStore(database, NullLogger.Instance);
        const int Entries = 3_500;
        await Task.WhenAll(Enumerable.Range(1, Entries).Select(id => store.AppendAsync(Entry(id), CancellationToken.None)));

        var before = database.Turns;
        var pruned = await store.PruneAsync(DateTimeOffset.UnixEpoch.AddYears(100), 0, long.MaxValue, CancellationToken.None);
        var turns = database.Turns - before;

        // Turns are handed out in the order they were asked for, so a write that asks during the prune gets the next one.
        // 200 entries a turn: a turn of 1000 entries, or of 2000 pages given back, held every Set's commit for 35 to 70 ms.
        Assert.That(turns, Is.GreaterThanOrEqualTo(Entries / 200),
            $"the prune deleted {Entries} entries in turns of at most 200 (in one long turn it takes 3 or 4 in all)");
        Assert.That(pruned, Is.EqualTo((Entries, (long?)null)), "and the prune still deleted every entry");
        Assert.That(await WriteAsync(database), Is.Zero, "a write after it sees none");
    }

    // A write turn, as an exchange's would be: how many entries it saw.
    private static async Task<long> WriteAsync(SqliteDatabase database)
    {
        await using var writer = await database.OpenWriterAsync(CancellationToken.None);
        using var count = writer.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM journal_entries;";
        return (long)count.ExecuteScalar()!;
    }

    private static JournalEntry Entry(long id) =>
        new(id, TimeProvider.System.GetUtcNow(), TimeSpan.Zero, "/sync-service", null, null, 200, [1], [2], ValidationReport.Empty);
}
