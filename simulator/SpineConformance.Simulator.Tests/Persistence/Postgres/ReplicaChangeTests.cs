using Npgsql;
using SpineConformance.Hl7.Acs;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence.Postgres;

/// <summary>
/// Issue 20: a change made through one replica (a system registered, a tenant created, given a new key, given systems or
/// removed) is answered with and scoped by on another replica of the same database promptly, without a restart.
/// Two in-process simulators on one database stand for two replicas.
/// </summary>
[NonParallelizable]
public sealed class ReplicaChangeTests
{
    private const string OperatorKey = "operator-key-for-two-replicas";
    private const string NewAsid = "299999999901";
    private static readonly TimeSpan Promptly = TimeSpan.FromSeconds(10);

    [Test]
    public async Task ASystemRegisteredThroughOneReplica_IsAnsweredWithByTheOther()
    {
        await using var replicas = await Replicas.StartAsync(strict: true);
        var request = SampleRequests.Get(outgoing: SampleRequests.Outgoing() with { SenderAsid = NewAsid, Author1Asids = [NewAsid] });
        using var toSecond = new SimulatorClient(replicas.Second.BaseAddress);
        var (_, before, _) = await toSecond.PostAsync(request, BrokenGetRequests.GetAction);
        Assert.That(AcsResponseReader.Read(before), Is.TypeOf<AcsResponse.Acknowledged>(), "an unregistered ASID is refused in strict mode");

        using var first = SpineSimulatorClient.Create(replicas.First.BaseAddress, OperatorKey);
        await first.PutSystemAsync(new AccreditedSystem
        {
            Asid = NewAsid,
            PartyKey = "X99999-0000901",
            Interactions = ["urn:nhs:names:services:lrsquery:GET_RESOURCE_PERMISSIONS_INUK01"],
        });

        await Eventually(async () =>
        {
            var (_, body, _) = await toSecond.PostAsync(request, BrokenGetRequests.GetAction);
            return AcsResponseReader.Read(body) is AcsResponse.PermissionsReturned;
        }, "the second replica answers a Get from the system registered through the first");
        Assert.That(await StatusAsync(replicas.Second, OperatorKey, $"/admin/directory/systems/{NewAsid}"), Is.EqualTo(200), "the second replica lists the system");
    }

    [Test]
    public async Task ATenantCreatedRotatedAndRemovedThroughOneReplica_HasItsKeyHonouredAndRefusedByTheOther()
    {
        await using var replicas = await Replicas.StartAsync();
        using var first = SpineSimulatorClient.Create(replicas.First.BaseAddress, OperatorKey);
        Assert.That(await StatusAsync(replicas.Second, "not-a-key-yet", "/admin/journal"), Is.EqualTo(401));

        var created = await first.CreateTenantAsync(new TenantRequest("Supplier A", [SampleRequests.SenderAsid]));
        await Eventually(async () => await StatusAsync(replicas.Second, created.ApiKey, "/admin/journal") == 200,
            "the second replica accepts the key of a tenant created through the first");

        var rotated = await first.RotateTenantKeyAsync(created.Tenant.Id);
        await Eventually(async () => await StatusAsync(replicas.Second, created.ApiKey, "/admin/journal") == 401,
            "the second replica refuses the key the first replaced");
        Assert.That(await StatusAsync(replicas.Second, rotated.ApiKey, "/admin/journal"), Is.EqualTo(200), "and accepts the new one");

        await first.DeleteTenantAsync(created.Tenant.Id);
        await Eventually(async () => await StatusAsync(replicas.Second, rotated.ApiKey, "/admin/journal") == 401,
            "the second replica refuses the key of a tenant removed through the first");
    }

    [Test]
    public async Task ATenantGivenASystemThroughOneReplica_IsScopedToItByTheOther()
    {
        await using var replicas = await Replicas.StartAsync();
        using var first = SpineSimulatorClient.Create(replicas.First.BaseAddress, OperatorKey);
        var tenant = await first.CreateTenantAsync(new TenantRequest("Supplier A"));
        var path = $"/admin/directory/systems/{SampleRequests.SenderAsid}";
        await Eventually(async () => await StatusAsync(replicas.Second, tenant.ApiKey, path) == 403,
            "on the second replica, the tenant without systems may not read the sample system");

        await first.SetTenantSystemsAsync(tenant.Tenant.Id, new TenantSystemsBody([SampleRequests.SenderAsid]));
        await Eventually(async () => await StatusAsync(replicas.Second, tenant.ApiKey, path) == 200,
            "on the second replica, the tenant reads the system it was given through the first");

        await first.SetTenantSystemsAsync(tenant.Tenant.Id, new TenantSystemsBody([]));
        await Eventually(async () => await StatusAsync(replicas.Second, tenant.ApiKey, path) == 403,
            "on the second replica, the tenant no longer reads the system taken from it through the first");
    }

    [Test]
    public async Task SystemsRegisteredThroughBothReplicasAtOnce_AreAllKeptByBoth()
    {
        await using var replicas = await Replicas.StartAsync();
        using var first = SpineSimulatorClient.Create(replicas.First.BaseAddress, OperatorKey);
        using var second = SpineSimulatorClient.Create(replicas.Second.BaseAddress, OperatorKey);
        var asids = Enumerable.Range(0, 16).Select(i => $"2999999999{i:00}").ToList();

        // Two suppliers registering at the same moment through different replicas: neither replica's change may replace the other's.
        await Task.WhenAll(asids.Select((asid, i) => (i % 2 == 0 ? first : second).PutSystemAsync(new AccreditedSystem
        {
            Asid = asid,
            PartyKey = $"X99999-{asid[^7..]}",
            Interactions = ["urn:nhs:names:services:lrsquery:GET_RESOURCE_PERMISSIONS_INUK01"],
        })));

        foreach (var replica in new[] { replicas.First, replicas.Second })
        {
            await Eventually(async () =>
            {
                foreach (var asid in asids)
                {
                    if (await StatusAsync(replica, OperatorKey, $"/admin/directory/systems/{asid}") != 200)
                    {
                        return false;
                    }
                }

                return true;
            }, $"the replica at {replica.BaseAddress} lists all {asids.Count} systems registered through both replicas at once");
        }
    }

    // Polls until the condition holds; fails naming what did not happen when it does not within the bound.
    private static async Task Eventually(Func<Task<bool>> condition, string what)
    {
        var deadline = TimeProvider.System.GetTimestamp();
        while (!await condition())
        {
            if (TimeProvider.System.GetElapsedTime(deadline) > Promptly)
            {
                Assert.Fail($"Not within {Promptly.TotalSeconds} s: {what}.");
            }

            await Task.Delay(50);
        }
    }

    private static async Task<int> StatusAsync(SpineSimulatorHost host, string key, string path)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        http.DefaultRequestHeaders.Add(AdminHeaders.ApiKey, key);
        using var response = await http.GetAsync(path);
        return (int)response.StatusCode;
    }

    private sealed class Replicas : IAsyncDisposable
    {
        private readonly string connection;

        private Replicas(string connection, SpineSimulatorHost first, SpineSimulatorHost second)
        {
            this.connection = connection;
            First = first;
            Second = second;
        }

        public SpineSimulatorHost First { get; }

        public SpineSimulatorHost Second { get; }

        public static async Task<Replicas> StartAsync(bool strict = false)
        {
            TestPostgres.Cluster();
            var connection = await TestPostgres.CreateMigratedDatabaseAsync();
            var settings = new Dictionary<string, string?>
            {
                ["Simulator:InMemory"] = "false",
                ["Simulator:Store"] = "postgresql",
                ["Simulator:ConnectionString"] = connection,
                ["Simulator:AdminApiKey"] = OperatorKey,
                ["Simulator:Strict"] = strict ? "true" : "false",
            };
            var first = await SpineSimulatorHost.StartAsync(settings);
            var second = await SpineSimulatorHost.StartAsync(settings);
            return new Replicas(connection, first, second);
        }

        public async ValueTask DisposeAsync()
        {
            await First.DisposeAsync();
            await Second.DisposeAsync();
            NpgsqlConnection.ClearAllPools();
            await TestPostgres.DropDatabaseAsync(connection);
        }
    }
}
