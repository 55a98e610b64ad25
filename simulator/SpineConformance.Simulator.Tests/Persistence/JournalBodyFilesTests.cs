using System.Text;
using Microsoft.Data.Sqlite;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Simulator.State;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>
/// The journal's bodies live in body files beside the data file (<see cref="JournalBodyFiles"/>), the rows point at them,
/// the prune deletes a file once no row points into it, and a reset leaves nothing it forgot readable.
/// </summary>
public sealed class JournalBodyFilesTests
{
    // Small files, so a few entries of 10 KB fill several.
    private const long FileBytes = 64 * 1024;

    [Test]
    public async Task AnEntrysBodies_GoToTheBodyFiles_NotItsRow_AndAreReadBackExactly()
    {
        using var journal = new OpenedJournal(bodyFileBytes: FileBytes);
        var entries = Enumerable.Range(1, 30).Select(id => Entry(id, $"patient-{id}", 10_000)).ToList();
        await Task.WhenAll(entries.Select(e => journal.Store.AppendAsync(e, CancellationToken.None)));

        using var connection = journal.File.Open();
        Assert.That(Count(connection, "SELECT COUNT(*) FROM journal_entries WHERE length(request_body) = 0 AND length(response_body) = 0 AND body_segment IS NOT NULL"),
            Is.EqualTo(30), "every row points at its bodies and holds none");
        Assert.That(journal.Database.Bodies.BytesOnDisk(), Is.GreaterThanOrEqualTo(30 * 20_000), "the body files hold them");
        Assert.That(System.IO.Directory.EnumerateFiles(journal.Database.Bodies.Folder, "*.bodies").Count(), Is.GreaterThan(1),
            $"600 KB of bodies in files of {FileBytes} bytes fill several");
        foreach (var entry in entries)
        {
            var found = await journal.Store.FindAsync(entry.Id, CancellationToken.None);
            Assert.That((found!.Bodies, found.RequestBody, found.ResponseBody), Is.EqualTo((JournalBodies.Complete, entry.RequestBody, entry.ResponseBody)),
                $"entry {entry.Id}'s own bytes");
        }
    }

    [Test]
    public void ASecondSimulatorOnTheSameDataFile_IsRefusedAtStart_NamingTheFile_UntilTheFirstStops()
    {
        using var journal = new OpenedJournal(bodyFileBytes: FileBytes);

        using var second = new SqliteDatabase(journal.File.Path);
        var refused = Assert.Throws<StoreStartException>(second.Migrate);
        Assert.That(refused!.Message, Does.Contain(journal.File.Path).And.Contain("in use by another simulator").And.Contain("--data"));

        journal.Store.Dispose();
        journal.Database.Dispose();
        using var third = new SqliteDatabase(journal.File.Path);
        Assert.DoesNotThrow(third.Migrate, "once the first has stopped, the file is free");
    }

    [Test]
    public async Task APrune_DeletesEveryBodyFileNoKeptEntryPointsInto_AndKeepsTheOthersReadable()
    {
        using var journal = new OpenedJournal(bodyFileBytes: FileBytes);
        for (var id = 1; id <= 40; id++)
        {
            await journal.Store.AppendAsync(Entry(id, $"patient-{id}", 10_000), CancellationToken.None);
        }

        var before = Files(journal);
        var (deleted, lowestKept) = await journal.Store.PruneAsync(DateTimeOffset.UnixEpoch, 10, long.MaxValue, CancellationToken.None);
        var after = Files(journal);

        Assert.That((deleted, lowestKept), Is.EqualTo((30, (long?)31)));
        Assert.That(after, Has.Count.LessThan(before.Count / 2), $"of {before.Count} files, those holding only the 30 oldest entries go");
        Assert.That(after, Does.Contain(before[^1]), "the file being appended to stays");
        for (var id = 31; id <= 40; id++)
        {
            var kept = await journal.Store.FindAsync(id, CancellationToken.None);
            Assert.That(Encoding.UTF8.GetString(kept!.RequestBody), Does.StartWith($"patient-{id}"), $"entry {id} is kept whole");
        }

        await journal.Store.PruneAsync(DateTimeOffset.UnixEpoch, 0, long.MaxValue, CancellationToken.None);
        Assert.That(Files(journal), Is.EqualTo(new[] { before[^1] }), "with no entry left, only the file being appended to");
    }

    [Test]
    public async Task TheBytesLimit_CountsBodiesInTheFiles_AndInRowsFromBeforeTheFiles()
    {
        using var journal = new OpenedJournal(bodyFileBytes: FileBytes);
        // A row as the simulator wrote it before the body files: its bodies in the row.
        using (var connection = journal.File.Open())
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO journal_entries (id, received_at, duration_ticks, path, status_code, request_body, response_body, findings, outcome, direction)
                VALUES (1, '2026-12-01T00:00:00.0000000+00:00', 0, '/sync-service', 200, zeroblob(50000), zeroblob(50000), '[]', 'answered', 'Inbound');
                """;
            insert.ExecuteNonQuery();
        }

        Assert.That((await journal.Store.FindAsync(1, CancellationToken.None))!.RequestBody, Has.Length.EqualTo(50_000), "an older row's bodies are read from the row");
        for (var id = 2; id <= 11; id++)
        {
            await journal.Store.AppendAsync(Entry(id, $"patient-{id}", 10_000), CancellationToken.None);
        }

        // 10 entries of 20 KB in the files and 100 KB in the old row: a limit of 150 KB keeps the newest 7.
        var (deleted, lowestKept) = await journal.Store.PruneAsync(DateTimeOffset.UnixEpoch, 1000, 150_000, CancellationToken.None);

        Assert.That((deleted, lowestKept), Is.EqualTo((4, (long?)5)));
    }

    [Test]
    public async Task AResetOfOnePatient_OverwritesItsEntriesBodies_AndAResetOfEverything_DeletesEveryBodyFile()
    {
        using var journal = new OpenedJournal(bodyFileBytes: FileBytes);
        for (var id = 1; id <= 20; id++)
        {
            await journal.Store.AppendAsync(Entry(id, id % 2 == 0 ? "FORGET-ME" : "keep-me", 10_000) with { NhsNumber = id % 2 == 0 ? "9434765919" : "9434765870" }, CancellationToken.None);
        }

        Assert.That(FilesContain(journal, "FORGET-ME"), Is.True, "before the reset the bodies are in the files");
        var forgotten = await journal.Store.ResetAsync(ResetScope.Patient("9434765919"), CancellationToken.None);

        Assert.That(forgotten, Is.EqualTo(10));
        Assert.That(FilesContain(journal, "FORGET-ME"), Is.False, "a forgotten patient's bytes are not left readable in the files");
        Assert.That(Encoding.UTF8.GetString((await journal.Store.FindAsync(19, CancellationToken.None))!.RequestBody), Does.StartWith("keep-me"),
            "the other patient's entries are untouched");

        Assert.That(await journal.Store.ResetAsync(ResetScope.Everything, CancellationToken.None), Is.EqualTo(10));
        Assert.That(journal.Database.Bodies.BytesOnDisk(), Is.Zero, "a reset of everything leaves no body bytes");
        await journal.Store.AppendAsync(Entry(21, "after", 100), CancellationToken.None);
        Assert.That(Encoding.UTF8.GetString((await journal.Store.FindAsync(21, CancellationToken.None))!.RequestBody), Does.StartWith("after"), "and the journal goes on");
    }

    [Test]
    public async Task ABodyFileChangedOutsideTheSimulator_GivesTheEntry_SayingItsBytesCannotBeRead()
    {
        using var journal = new OpenedJournal(bodyFileBytes: FileBytes);
        await journal.Store.AppendAsync(Entry(1, "patient-1", 1000), CancellationToken.None);
        var file = Files(journal).Single();
        File.WriteAllBytes(Path.Combine(journal.Database.Bodies.Folder, file), new byte[10]);

        var found = await journal.Store.FindAsync(1, CancellationToken.None);

        Assert.That(found!.Bodies, Is.EqualTo(JournalBodies.Dropped));
        Assert.That(found.BodiesNote, Does.Contain(file).And.Contain("entry 1").And.Contain("outside the simulator"));
    }

    [Test]
    public async Task ATransactionRolledBack_LeavesNoneOfItsRecords_AndTheEntriesRetriedAloneAreReadBackExactly()
    {
        using var journal = new OpenedJournal(bodyFileBytes: FileBytes);
        await journal.Store.AppendAsync(Entry(1, "first", 1000), CancellationToken.None);
        // Entry 1 again (its id is taken) in one transaction with entries 2 and 3: the batch fails, and each runs again alone.
        Task[] writes;
        await using (var held = await journal.Database.OpenWriterAsync(CancellationToken.None))
        {
            writes = [.. new[] { Entry(2, "second", 1000), Entry(1, "again", 1000), Entry(3, "third", 1000) }.Select(e => journal.Store.AppendAsync(e, CancellationToken.None))];
            await Task.Delay(100);
        }

        Assert.ThrowsAsync<SqliteException>(() => writes[1]);
        await Task.WhenAll(writes[0], writes[2]);
        Assert.That(journal.Database.Bodies.BytesOnDisk(), Is.EqualTo(3 * (20 + 2000)), "three records of 20 bytes and 2000 bytes of bodies, and nothing of the writes rolled back");
        foreach (var (id, text) in new[] { (1L, "first"), (2L, "second"), (3L, "third") })
        {
            Assert.That(Encoding.UTF8.GetString((await journal.Store.FindAsync(id, CancellationToken.None))!.RequestBody), Does.StartWith(text), $"entry {id}");
        }
    }

    private static List<string> Files(OpenedJournal journal) =>
        [.. System.IO.Directory.EnumerateFiles(journal.Database.Bodies.Folder, "*.bodies").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    private static bool FilesContain(OpenedJournal journal, string text) =>
        System.IO.Directory.EnumerateFiles(journal.Database.Bodies.Folder, "*.bodies").Any(f => Encoding.UTF8.GetString(File.ReadAllBytes(f)).Contains(text, StringComparison.Ordinal));

    // A request that starts with the text given, and an answer as long.
    private static JournalEntry Entry(long id, string text, int bytes)
    {
        var request = new byte[bytes];
        Array.Fill(request, (byte)' ');
        Encoding.UTF8.GetBytes(text).CopyTo(request, 0);
        var response = new byte[bytes];
        Array.Fill(response, (byte)'r');
        return new(id, DateTimeOffset.UnixEpoch.AddDays(1), TimeSpan.Zero, "/sync-service", null, null, 200, request, response, ValidationReport.Empty);
    }

    private static long Count(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
