using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using SpineConformance.Hl7.Acs;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Testing;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>
/// Writes take turns and the journal commits concurrent entries together (SqliteWriter, SqliteJournalStore): under
/// concurrent requests every answer that acknowledges a change still comes after the change and its journal entry are
/// committed; a read-only exchange's entry is written behind, and a clean stop writes every one still waiting.
/// </summary>
public sealed class ConcurrentWriteTests
{
    [Test]
    public async Task ConcurrentGetsAndSets_AreEachCommittedBeforeTheirAnswer()
    {
        using var file = new DataFile();
        await using var host = await file.StartHostAsync();
        var patients = Enumerable.Range(0, 12).Select(_ => Some.NhsNumber().Value).ToList();
        using var client = new SimulatorClient(host.BaseAddress);

        var answers = await Task.WhenAll(patients.SelectMany(p => new[]
        {
            client.PostAsync(SampleRequests.Set(p, AcsPermission.Yes), BrokenSetRequests.SetAction),
            client.PostAsync(SampleRequests.Get(p), BrokenGetRequests.GetAction),
            client.PostAsync(SampleRequests.Get(p), BrokenGetRequests.GetAction),
        }));

        // Read by another connection while the simulator still runs: only what was committed is visible to it.
        using var connection = file.Open();
        var ours = $"nhs_number IN ({string.Join(", ", patients.Select(p => $"'{p}'"))})";
        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));
        Assert.That(Count(connection, $"SELECT COUNT(*) FROM journal_entries WHERE {ours} AND interaction_id = 'SET_RESOURCE_PERMISSIONS_INUK01'"),
            Is.EqualTo(patients.Count), "one journal entry per acknowledged Set");
        Assert.That(Count(connection, $"SELECT COUNT(*) FROM patient_permissions WHERE {ours} AND view_permission = 'Yes' AND store_permission = 'Yes'"),
            Is.EqualTo(patients.Count), "every acknowledged Set");
        Assert.That(Count(connection, $"SELECT COUNT(*) FROM permission_history WHERE {ours}"), Is.EqualTo(2 * patients.Count), "View and Store of every Set");
    }

    [Test]
    public async Task ReadOnlyExchanges_AreFoundAtOnce_AndACleanStopStoresEveryOne()
    {
        using var file = new DataFile();
        var patients = Enumerable.Range(0, 40).Select(_ => Some.NhsNumber().Value).ToList();
        await using (var host = await file.StartHostAsync())
        {
            using var client = new SimulatorClient(host.BaseAddress);
            var before = host.Journal.LastId;
            var answers = await Task.WhenAll(patients.Select(p => client.PostAsync(SampleRequests.Get(p), BrokenGetRequests.GetAction)));

            Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));
            var found = await Task.WhenAll(Enumerable.Range(1, patients.Count).Select(i => host.Journal.FindAsync(before + i, CancellationToken.None)));
            Assert.That(found.Select(e => e?.NhsNumber), Is.EquivalentTo(patients), "each Get's entry, by id, as soon as it was answered");
            Assert.That(found.Select(e => e!.RequestBody.Length), Is.All.GreaterThan(0), "with its bodies");
        }

        using var connection = file.Open();
        var ours = $"nhs_number IN ({string.Join(", ", patients.Select(p => $"'{p}'"))})";
        Assert.That(Count(connection, $"SELECT COUNT(*) FROM journal_entries WHERE {ours} AND request_length > 0 AND response_length > 0"),
            Is.EqualTo(patients.Count), "every Get's entry, with its bodies' lengths, once the simulator stopped cleanly");

        // And the bodies themselves, read back from the body files by a store opened on the file afterwards.
        using var database = new SqliteDatabase(file.Path);
        database.Migrate();
        await using var store = new SqliteJournalStore(database, NullLogger.Instance);
        var stored = await Task.WhenAll(Ids(connection, ours).Select(id => store.FindAsync(id, CancellationToken.None)));
        Assert.That(stored.Select(e => (e!.Bodies, Request: Encoding.UTF8.GetString(e.RequestBody).Contains(e.NhsNumber!, StringComparison.Ordinal), Answered: e.ResponseBody.Length > 0)),
            Is.All.EqualTo((JournalBodies.Complete, true, true)), "each entry's own request and its answer");
    }

    [Test]
    public async Task AnEntryThatCannotBeStored_FailsAlone_AndTheEntriesBesideItAreStored()
    {
        using var file = new DataFile();
        await using var host = await file.StartHostAsync();
        var taken = host.Journal.NextId();
        await host.Journal.AddAsync(Entry(taken));

        var good = Enumerable.Range(0, 20).Select(_ => host.Journal.NextId()).ToList();
        var appends = good.Select(id => host.Journal.AddAsync(Entry(id))).Append(host.Journal.AddAsync(Entry(taken))).ToList();
        await Task.WhenAll(appends).ContinueWith(_ => { }, TaskScheduler.Default);

        Assert.That(appends[^1].Exception?.InnerException, Is.TypeOf<SqliteException>(), "the second entry with an id already stored");
        Assert.That(appends.Take(good.Count).Select(a => a.Status), Is.All.EqualTo(TaskStatus.RanToCompletion));
        using var connection = file.Open();
        Assert.That(Count(connection, "SELECT COUNT(*) FROM journal_entries"), Is.EqualTo(good.Count + 1));
    }

    // Received now: an entry dated long ago would be deleted by the retention prune that runs as the simulator starts,
    // while the test is still adding beside it.
    private static JournalEntry Entry(long id) =>
        new(id, TimeProvider.System.GetUtcNow(), TimeSpan.Zero, "/sync-service", null, null, 200, [1], [2], ValidationReport.Empty);

    private static List<long> Ids(SqliteConnection connection, string where)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT id FROM journal_entries WHERE {where};";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }

        return ids;
    }

    private static long Count(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }
}
