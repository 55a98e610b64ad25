using Microsoft.Data.Sqlite;
using SpineConformance.Hl7.Acs;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>
/// The group commit (<see cref="SqliteDatabase.CommitAsync{T}"/>): writes queued while the write turn is busy share one
/// transaction, each caller returns only once its write is committed, a write that fails fails alone, and state changes
/// in one transaction still see each other in order.
/// </summary>
public sealed class GroupCommitTests
{
    [Test]
    public async Task WritesQueuedWhileTheTurnIsHeld_ShareOneCommit_AndEachReturnsOnlyOnceCommitted()
    {
        using var file = new DataFile();
        using var database = Migrated(file);
        var before = database.Commits;

        Task<int>[] writes;
        await using (await database.OpenWriterAsync(CancellationToken.None))
        {
            writes = [.. Enumerable.Range(1, 10).Select(i => database.CommitAsync((writer, transaction) => Insert(writer, transaction, $"w{i}"), CancellationToken.None))];
            await Task.Delay(200);
            Assert.That(writes.Where(w => w.IsCompleted), Is.Empty, "no write returns before its transaction has committed");
            Assert.That(Names(file), Is.Empty, "nothing is in the file while the turn is held elsewhere");
        }

        Assert.That(await Task.WhenAll(writes), Is.All.EqualTo(1));
        Assert.That(Names(file), Is.EquivalentTo(Enumerable.Range(1, 10).Select(i => $"w{i}")));
        Assert.That(database.Commits - before, Is.EqualTo(1), "the ten writes queued meanwhile were committed together");
    }

    [Test]
    public async Task AWriteThatFails_FailsAlone_AndLeavesNothingBehind_WhileTheOthersInItsTransactionAreCommitted()
    {
        using var file = new DataFile();
        using var database = Migrated(file);

        Task<int> first, broken, last;
        await using (await database.OpenWriterAsync(CancellationToken.None))
        {
            first = database.CommitAsync((writer, transaction) => Insert(writer, transaction, "first"), CancellationToken.None);
            broken = database.CommitAsync((writer, transaction) =>
            {
                Insert(writer, transaction, "half of the broken write");
                return Insert(writer, transaction, "the broken write", table: "no_such_table");
            }, CancellationToken.None);
            last = database.CommitAsync((writer, transaction) => Insert(writer, transaction, "last"), CancellationToken.None);
        }

        Assert.That(await first, Is.EqualTo(1));
        Assert.That(await last, Is.EqualTo(1));
        var error = Assert.ThrowsAsync<SqliteException>(async () => await broken);
        Assert.That(error!.Message, Does.Contain("no_such_table"), "the broken write's caller gets its own error");
        Assert.That(Names(file), Is.EquivalentTo(new[] { "first", "last" }), "the broken write's first statement was rolled back with it");
    }

    [Test]
    public async Task SetsOnOnePatient_InOneTransaction_EachSeeTheOneBefore_SoTheHistoryIsOneChain()
    {
        using var file = new DataFile();
        using var database = Migrated(file);
        var store = new SqlitePermissionStore(database);
        var patient = Some.NhsNumber();
        var by = new ChangeAuthor("555254242106", "555254240100", "S0080:G0450:R5080", "200000000115", null);
        var values = new[] { AcsPermission.Yes, AcsPermission.No, AcsPermission.Yes, AcsPermission.No, AcsPermission.Yes };
        var before = database.Commits;

        Task<PatientPermissions>[] sets;
        await using (await database.OpenWriterAsync(CancellationToken.None))
        {
            sets = [.. values.Select(value => store.ApplyAsync(patient, new Dictionary<AcsFunction, AcsPermission?> { [AcsFunction.View] = value }, by,
                TimeProvider.System.GetUtcNow(), CancellationToken.None))];
        }

        var after = await Task.WhenAll(sets);
        Assert.That(database.Commits - before, Is.EqualTo(1), "the five Sets queued meanwhile were committed together");
        Assert.That(after.Select(a => a.View), Is.EqualTo(values), "each Set's answer is the state it made");
        var history = await store.HistoryAsync(patient, CancellationToken.None);
        Assert.That(history.Select(h => h.NewValue), Is.EqualTo(values));
        Assert.That(history.Select(h => h.OldValue), Is.EqualTo(new AcsPermission?[] { null }.Concat(values.SkipLast(1).Cast<AcsPermission?>())),
            "each change's old value is the value the Set before it wrote");
        Assert.That((await store.FindAsync(patient, CancellationToken.None))!.View, Is.EqualTo(values[^1]));
    }

    private static SqliteDatabase Migrated(DataFile file)
    {
        var database = new SqliteDatabase(file.Path);
        database.Migrate();
        using var writer = database.OpenWriter();
        using var create = writer.CreateCommand();
        create.CommandText = "CREATE TABLE group_commit_test (name TEXT NOT NULL);";
        create.ExecuteNonQuery();
        return database;
    }

    private static int Insert(SqliteWriter writer, SqliteTransaction transaction, string name, string table = "group_commit_test")
    {
        using var insert = writer.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = $"INSERT INTO {table} (name) VALUES ($name);";
        insert.Parameters.AddWithValue("$name", name);
        return insert.ExecuteNonQuery();
    }

    // Read by another connection: only what was committed.
    private static List<string> Names(DataFile file)
    {
        using var connection = file.Open();
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT name FROM group_commit_test ORDER BY rowid;";
        using var reader = select.ExecuteReader();
        var names = new List<string>();
        while (reader.Read())
        {
            names.Add(reader.GetString(0));
        }

        return names;
    }
}
