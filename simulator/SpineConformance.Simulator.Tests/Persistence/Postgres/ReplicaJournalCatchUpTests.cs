using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence.Postgres;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence.Postgres;

/// <summary>
/// Issue 20: a replica that lost its connection to the database, and so its LISTEN on the journal channel, lists the
/// exchanges other replicas answered meanwhile once it is back, each once. The second replica signs in as a role of its
/// own, so the test can cut it off (no new sessions, its sessions ended) while the first carries on answering.
/// </summary>
[NonParallelizable]
public sealed class ReplicaJournalCatchUpTests
{
    private const int OutageRounds = 3;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Test]
    public async Task AReplicaCutOffFromTheDatabase_ListsTheExchangesAnsweredMeanwhile_OnceEach_WhenItIsBack()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        var (first, second, role) = (replicas.First, replicas.Second, replicas.SecondRole);

        // The outage: the second replica may not open a session, and the ones it has (its LISTEN among them) end.
        await ClusterAsync($"ALTER ROLE {role} NOLOGIN; SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}';");
        await UntilAsync(async () => !await ListeningAsync(role), "the second replica's listening session has ended");

        var meanwhile = new Dictionary<string, long>();
        using (var client = new SimulatorClient(first.BaseAddress))
        {
            for (var i = 0; i < 3; i++)
            {
                var nhsNumber = Some.NhsNumber().Value;
                var (status, _, _) = await client.PostAsync(SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction);
                Assert.That(status, Is.EqualTo(200));
                meanwhile[nhsNumber] = (await first.Journal.WaitForAsync(e => e.NhsNumber == nhsNumber, TimeSpan.FromSeconds(10))).Id;
            }
        }

        Assert.That(second.Journal.Snapshot().Where(e => e.NhsNumber is { } n && meanwhile.ContainsKey(n)), Is.Empty,
            "while cut off, the second replica has not been told of the first's exchanges");

        await ClusterAsync($"ALTER ROLE {role} LOGIN;");
        using var admin = new HttpClient { BaseAddress = second.BaseAddress };
        foreach (var (nhsNumber, id) in meanwhile)
        {
            await UntilAsync(
                async () => (await admin.GetFromJsonAsync<JsonElement>($"/admin/journal?nhsNumber={nhsNumber}")).GetArrayLength() > 0,
                $"the second replica lists the exchange for {nhsNumber} answered while it was cut off");
            var listed = await admin.GetFromJsonAsync<JsonElement>($"/admin/journal?nhsNumber={nhsNumber}");
            Assert.That(listed.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()), Is.EqualTo(new[] { id }),
                $"the second replica lists the exchange for {nhsNumber} once, with the id the first gave it");
        }

        // Listening again, it is told of new exchanges as before, and still lists each once.
        var after = Some.NhsNumber().Value;
        using (var client = new SimulatorClient(first.BaseAddress))
        {
            var (status, _, _) = await client.PostAsync(SampleRequests.Get(after), BrokenGetRequests.GetAction);
            Assert.That(status, Is.EqualTo(200));
        }

        await second.Journal.WaitForAsync(e => e.NhsNumber == after, Patience);
        var all = second.Journal.Snapshot();
        Assert.That(all.Select(e => e.Id), Is.Unique, "no entry is listed twice on the second replica");
        Assert.That(first.Journal.Snapshot().Select(e => e.Id), Is.Unique, "no entry is listed twice on the first replica");
    }

    [Test]
    public async Task AReplicaThatLostOnlyItsListeningConnection_AndAnsweredMeanwhile_StillListsTheOthersExchangeFromThen()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        var (first, second, role) = (replicas.First, replicas.Second, replicas.SecondRole);

        // Only the listening session ends; the second replica goes on answering, and listens again a moment later. Both
        // exchanges must be answered inside that moment; should the replica listen again sooner, the round is repeated.
        string others = string.Empty;
        long othersId = 0, ownId = 0;
        var inWindow = false;
        for (var round = 0; round < OutageRounds && !inWindow; round++)
        {
            await UntilAsync(async () => await ListeningAsync(role), "the second replica listens on the journal channel");
            await ClusterAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{role}' AND query LIKE 'LISTEN {PostgresJournalStore.Channel}%';");
            others = Some.NhsNumber().Value;
            var own = Some.NhsNumber().Value;
            using (var client = new SimulatorClient(first.BaseAddress))
            {
                Assert.That((await client.PostAsync(SampleRequests.Get(others), BrokenGetRequests.GetAction)).Status, Is.EqualTo(200));
            }

            using (var client = new SimulatorClient(second.BaseAddress))
            {
                Assert.That((await client.PostAsync(SampleRequests.Get(own), BrokenGetRequests.GetAction)).Status, Is.EqualTo(200));
            }

            var theOthers = others;
            othersId = (await first.Journal.WaitForAsync(e => e.NhsNumber == theOthers, TimeSpan.FromSeconds(10))).Id;
            ownId = (await second.Journal.WaitForAsync(e => e.NhsNumber == own, TimeSpan.FromSeconds(10))).Id;
            inWindow = !await ListeningAsync(role);
        }

        Assert.That(inWindow, Is.True,
            $"In {OutageRounds} rounds the second replica listened again before both exchanges were answered, so the case was never set up.");
        Assert.That(ownId, Is.GreaterThan(othersId), "the second replica's own exchange, shown at once, has the higher id");
        await second.Journal.WaitForAsync(e => e.NhsNumber == others, Patience);
        Assert.That(second.Journal.Snapshot().Count(e => e.Id == othersId), Is.EqualTo(1), "the first's exchange, listed once");
        Assert.That(second.Journal.Snapshot().Count(e => e.Id == ownId), Is.EqualTo(1), "its own exchange, listed once");
    }

    private static async Task<bool> ListeningAsync(string role)
    {
        await using var cluster = NpgsqlDataSource.Create(TestPostgres.Cluster());
        await using var command = cluster.CreateCommand(
            $"SELECT count(*) FROM pg_stat_activity WHERE usename = '{role}' AND query LIKE 'LISTEN {PostgresJournalStore.Channel}%';");
        return (long)(await command.ExecuteScalarAsync())! > 0;
    }

    private static async Task ClusterAsync(string sql)
    {
        await using var cluster = NpgsqlDataSource.Create(TestPostgres.Cluster());
        await using var command = cluster.CreateCommand(sql);
        await command.ExecuteNonQueryAsync();
    }

    // Polls until the condition holds, failing with what was awaited once the patience runs out.
    private static async Task UntilAsync(Func<Task<bool>> condition, string what)
    {
        using var deadline = new CancellationTokenSource(Patience);
        while (!await condition())
        {
            if (deadline.IsCancellationRequested)
            {
                Assert.Fail($"Not within {Patience.TotalSeconds:0} s: {what}.");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100), CancellationToken.None);
        }
    }

    // Two replicas on a fresh database, the second signed in as a role of its own (so it can be cut off alone) and listening.
    private sealed class TwoReplicas : IAsyncDisposable
    {
        private readonly string connection;

        private TwoReplicas(string connection, string secondRole)
        {
            this.connection = connection;
            SecondRole = secondRole;
        }

        public SpineSimulatorHost First { get; private set; } = null!;

        public SpineSimulatorHost Second { get; private set; } = null!;

        public string SecondRole { get; }

        public static async Task<TwoReplicas> StartAsync()
        {
            var cluster = TestPostgres.Cluster();
            var replicas = new TwoReplicas(await TestPostgres.CreateMigratedDatabaseAsync(), $"spine_second_{Environment.ProcessId}");
            var role = replicas.SecondRole;
            try
            {
                await ClusterAsync($"DROP ROLE IF EXISTS {role}; CREATE ROLE {role} LOGIN; GRANT \"{new NpgsqlConnectionStringBuilder(cluster).Username}\" TO {role};");
                var settings = new Dictionary<string, string?> { ["Simulator:InMemory"] = "false", ["Simulator:Store"] = "postgresql", ["Simulator:ConnectionString"] = replicas.connection };
                var secondSettings = new Dictionary<string, string?>(settings)
                {
                    ["Simulator:ConnectionString"] = new NpgsqlConnectionStringBuilder(replicas.connection) { Username = role }.ConnectionString,
                };
                replicas.First = await SpineSimulatorHost.StartAsync(settings);
                replicas.Second = await SpineSimulatorHost.StartAsync(secondSettings);
                await UntilAsync(async () => await ListeningAsync(role), "the second replica listens on the journal channel");
                return replicas;
            }
            catch
            {
                await replicas.DisposeAsync();
                throw;
            }
        }

        public async ValueTask DisposeAsync()
        {
            if (Second is not null)
            {
                await Second.DisposeAsync();
            }

            if (First is not null)
            {
                await First.DisposeAsync();
            }

            NpgsqlConnection.ClearAllPools();
            await TestPostgres.DropDatabaseAsync(connection);
            await ClusterAsync($"DROP ROLE IF EXISTS {SecondRole};");
        }
    }
}
