using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence.Postgres;

/// <summary>
/// Issue 20: the journal a replica lists and streams holds every replica's exchanges (PostgreSQL LISTEN/NOTIFY), each once.
/// Two in-process simulators on one database stand for two replicas.
/// </summary>
[NonParallelizable]
public sealed class ReplicaJournalTests
{
    [Test]
    public async Task AnExchangeAnsweredByOneReplica_IsListedByTheOther_Once_WithTheSameId()
    {
        TestPostgres.Cluster();
        var connection = await TestPostgres.CreateMigratedDatabaseAsync();
        try
        {
            var settings = new Dictionary<string, string?> { ["Simulator:InMemory"] = "false", ["Simulator:Store"] = "postgresql", ["Simulator:ConnectionString"] = connection };
            await using var first = await SpineSimulatorHost.StartAsync(settings);
            await using var second = await SpineSimulatorHost.StartAsync(settings);
            var nhsNumber = Some.NhsNumber().Value;

            using (var client = new SimulatorClient(first.BaseAddress))
            {
                var (status, _, _) = await client.PostAsync(SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction);
                Assert.That(status, Is.EqualTo(200));
            }

            var answered = await first.Journal.WaitForAsync(e => e.NhsNumber == nhsNumber, TimeSpan.FromSeconds(10));
            var streamed = await second.Journal.WaitForAsync(e => e.NhsNumber == nhsNumber, TimeSpan.FromSeconds(10));
            // Shown from its notification with its bodies, or (when the exchange came before the other replica was listening)
            // from catching up, as a summary whose bodies are read by id: either way they are found.
            var found = await second.Journal.FindAsync(streamed.Id, CancellationToken.None);
            Assert.That((streamed.Id, streamed.Path, found?.ResponseBody), Is.EqualTo((answered.Id, answered.Path, answered.ResponseBody)),
                "the other replica shows the same entry, and finds its bodies by id");

            using var admin = new HttpClient { BaseAddress = second.BaseAddress };
            var listed = await admin.GetFromJsonAsync<JsonElement>($"/admin/journal?nhsNumber={nhsNumber}");
            Assert.That(listed.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()), Is.EqualTo(new[] { answered.Id }), "the second replica's journal list");
            Assert.That(first.Journal.Snapshot().Count(e => e.NhsNumber == nhsNumber), Is.EqualTo(1), "a replica does not show its own entry twice");
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await TestPostgres.DropDatabaseAsync(connection);
        }
    }
}
