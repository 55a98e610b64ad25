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
    public async Task APruneOfManyEntries_LetsAWriteWaitingBehindItThrough_BeforeItEnds()
    {
        using var file = new DataFile();
        using var database = new SqliteDatabase(file.Path);
        database.Migrate();
        using var store = new SqliteJournalStore(database, NullLogger.Instance);
        const int Entries = 3_500;
        await Task.WhenAll(Enumerable.Range(1, Entries).Select(id => store.AppendAsync(Entry(id), CancellationToken.None)));

        // Writes keep asking for turns from another thread while the prune runs, as exchanges would; each notes how many
        // entries it saw.
        using var stop = new CancellationTokenSource();
        var seen = new System.Collections.Concurrent.ConcurrentQueue<long>();
        var writes = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                seen.Enqueue(await WriteAsync(database));
            }
        });
        while (seen.IsEmpty)
        {
            await Task.Yield();
        }

        var pruned = await Task.Run(() => store.PruneAsync(DateTimeOffset.UnixEpoch.AddYears(100), 0, long.MaxValue, CancellationToken.None));
        await stop.CancelAsync();
        await writes;

        Assert.That(seen, Has.Some.InRange(1, Entries - 1),
            "some write got a turn while the prune had deleted some entries and not yet all (in one long turn it sees all or none)");
        Assert.That(pruned, Is.EqualTo((Entries, (long?)null)), "and the prune still deleted every entry");
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
