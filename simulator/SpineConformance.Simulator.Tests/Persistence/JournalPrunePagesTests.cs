using Microsoft.Extensions.Logging.Abstractions;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>
/// What a retention prune does with the pages it frees in the data file. A journal the entry limit cut is full: the
/// entries that follow reuse the freed pages, so they stay in the file instead of being moved out and grown back. A
/// prune by age, or one that leaves more than half the file free, gives the space back to the file system.
/// </summary>
public sealed class JournalPrunePagesTests
{
    private const int Entries = 3_000;

    [Test]
    public async Task APruneToTheEntryLimit_KeepsTheFreedPages_AndTheEntriesThatFollowReuseThem()
    {
        using var journal = await FilledAsync();
        var grown = journal.Pages();

        var (deleted, _) = await journal.Store.PruneAsync(DateTimeOffset.UnixEpoch, 2_000, long.MaxValue, CancellationToken.None);
        var pruned = journal.Pages();
        await journal.AppendAsync(Entries + 1, 1_000);
        var refilled = journal.Pages();
        TestContext.Out.WriteLine($"{deleted} deleted; pages (all, free): grown {grown}, pruned {pruned}, refilled {refilled}");

        Assert.That(deleted, Is.EqualTo(1_000), "the oldest third of the entries goes");
        Assert.That(pruned.All, Is.EqualTo(grown.All), "the file keeps its size: the journal is full, and its next entries need the pages");
        Assert.That(pruned.Free, Is.GreaterThan(grown.All / 5), "the deleted entries' pages are free in the file");
        Assert.That(refilled.All, Is.LessThanOrEqualTo(grown.All + (grown.All / 20)),
            "as many new entries as were deleted fit in the freed pages: the file does not grow again");
    }

    [Test]
    public async Task APruneThatLeavesMoreThanHalfTheFileFree_GivesTheSpaceBack()
    {
        using var journal = await FilledAsync();
        var grown = journal.Pages();

        var (deleted, _) = await journal.Store.PruneAsync(DateTimeOffset.UnixEpoch, 1_000, long.MaxValue, CancellationToken.None);
        var pruned = journal.Pages();
        TestContext.Out.WriteLine($"{deleted} deleted; pages (all, free): grown {grown}, pruned {pruned}");

        Assert.That(deleted, Is.EqualTo(2_000));
        Assert.That(pruned.Free, Is.Zero, "every free page goes back to the file system");
        Assert.That(pruned.All, Is.LessThan(grown.All * 2 / 3), "and the file shrinks with the journal");
    }

    [Test]
    public async Task APruneByAge_GivesTheSpaceBack_HoweverLittleItFrees()
    {
        using var journal = await FilledAsync(oldest: 1_000);
        var grown = journal.Pages();

        // The first 1,000 entries are a day older than the rest; entries older than an hour go.
        var (deleted, _) = await journal.Store.PruneAsync(TimeProvider.System.GetUtcNow().AddHours(-1), int.MaxValue, long.MaxValue, CancellationToken.None);
        var pruned = journal.Pages();
        TestContext.Out.WriteLine($"{deleted} deleted; pages (all, free): grown {grown}, pruned {pruned}");

        Assert.That(deleted, Is.EqualTo(1_000), "the entries older than the age limit go");
        Assert.That(pruned.Free, Is.Zero, "the journal is not full, so nothing would reuse the pages: they go back");
        Assert.That(pruned.All, Is.LessThan(grown.All * 5 / 6), "and the file shrinks");
    }

    // A journal of Entries entries on a fresh data file, the first `oldest` of them received a day ago.
    private static async Task<Journal> FilledAsync(int oldest = 0)
    {
        var journal = new Journal();
        await journal.AppendAsync(1, oldest, TimeSpan.FromDays(1));
        await journal.AppendAsync(oldest + 1, Entries - oldest);
        return journal;
    }

    private sealed class Journal : IDisposable
    {
        private readonly DataFile file = new();
        private readonly SqliteDatabase database;

        public Journal()
        {
            database = new SqliteDatabase(file.Path);
            database.Migrate();
            Store = new SqliteJournalStore(database, NullLogger.Instance);
        }

        public SqliteJournalStore Store { get; }

        // Entries of a few hundred bytes each, as an exchange's row is once its bodies are in the body files.
        public async Task AppendAsync(long firstId, int count, TimeSpan age = default)
        {
            for (var id = firstId; id < firstId + count; id += 100)
            {
                var batch = Enumerable.Range(0, (int)Math.Min(100, firstId + count - id)).Select(i => Entry(id + i, age));
                await Task.WhenAll(batch.Select(entry => Store.AppendAsync(entry, CancellationToken.None)));
            }
        }

        public (long All, long Free) Pages()
        {
            using var connection = database.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA page_count;";
            var all = (long)command.ExecuteScalar()!;
            command.CommandText = "PRAGMA freelist_count;";
            return (all, (long)command.ExecuteScalar()!);
        }

        public void Dispose()
        {
            Store.Dispose();
            database.Dispose();
            file.Dispose();
        }

        private static JournalEntry Entry(long id, TimeSpan age) =>
            new(id, TimeProvider.System.GetUtcNow() - age, TimeSpan.Zero, "/sync-service", "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01",
                "GET_RESOURCE_PERMISSIONS_INUK01", 200, new byte[300], new byte[200], ValidationReport.Empty)
            {
                NhsNumber = "9434765919",
                SenderAsid = "200000000" + (id % 1000).ToString("D3", System.Globalization.CultureInfo.InvariantCulture),
                Outcome = "answered",
            };
    }
}
