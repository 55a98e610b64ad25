using System.Net;
using System.Text.Json.Nodes;
using Npgsql;
using SpineConformance.Simulator.Tests.Persistence.Postgres;
using SpineConformance.Simulator.Tests.Robustness;

namespace SpineConformance.Simulator.Tests.Tenants.Suite;

/// <summary>
/// Issue 20, "organisations see only their own", end to end: two simulator replicas (processes) on one PostgreSQL database,
/// two tenants created through the operator API (each through the replica its run does not use, so its key reaches its
/// own replica only through the replicas' change notices), and the whole feature suite run for both at once, each supplier's run
/// against its own replica with its own key and identities. Both runs must pass every scenario, and afterwards neither
/// key reaches the other's journal entries or fault rules, on either replica: 403 "Not this tenant's", for an id that
/// exists and one that does not alike, and lists that leave the other's out.
/// </summary>
[NonParallelizable]
public sealed class TwoTenantSuiteTests
{
    private const string OperatorKey = "operator-key-for-the-two-tenant-suite-test";
    private const string NotYours = "Not this tenant's";
    private const int ListedFailures = 15;
    private static readonly TimeSpan KeyPropagation = TimeSpan.FromSeconds(15);

    private static readonly SuiteTenant SupplierA = new("Supplier A", "200000000301", "B81001", "3001");
    private static readonly SuiteTenant SupplierB = new("Supplier B", "200000000401", "C82002", "4001");

    [Test]
    public async Task TwoTenants_RunTheFeatureSuiteAtOnceOnTwoReplicas_BothPass_AndNeitherReachesTheOthersJournalOrFaultRules()
    {
        TestPostgres.Cluster();
        var specs = FeatureSuiteProcess.SpecsAssembly();
        if (!File.Exists(specs))
        {
            var message = $"The feature suite is not built ({specs} is missing): build it first (dotnet build SpineConformance.sln -c Release).";
            if (Environment.GetEnvironmentVariable("SPINE_REQUIRE_POSTGRES") is { Length: > 0 } || Environment.GetEnvironmentVariable("CI") is { Length: > 0 })
            {
                Assert.Fail(message);
            }

            Assert.Ignore(message);
        }

        var summary = SummaryFile();
        if (File.Exists(summary))
        {
            File.Delete(summary);
        }

        var scenarios = FeatureScenarios.Count(Path.Combine(FeatureSuiteProcess.RepositoryRoot(), "features"));
        var connection = await TestPostgres.CreateMigratedDatabaseAsync();
        var folder = System.IO.Directory.CreateTempSubdirectory("spine-two-tenants-");
        var replicas = new List<StandaloneSimulator>();
        try
        {
            string[] arguments = ["--store", "postgresql", "--connection-string", connection, "--api-key", OperatorKey, "--log-level", "Warning"];

            // Both replicas run before the tenants exist, and each tenant is created through the OTHER replica than the one its
            // run uses: its key reaches its replica only as the replicas tell each other of changes (PostgreSQL NOTIFY).
            replicas.Add(await StandaloneSimulator.StartInAsync(folder.FullName, arguments));
            replicas.Add(await StandaloneSimulator.StartInAsync(folder.FullName, arguments));
            using var firstOperator = SpineSimulatorClient.Create(replicas[0].BaseAddress, OperatorKey);
            using var secondOperator = SpineSimulatorClient.Create(replicas[1].BaseAddress, OperatorKey);
            var issuedA = await secondOperator.CreateTenantAsync(new TenantRequest(SupplierA.Name, [SupplierA.Asid], [SupplierA.PartyKey]));
            var issuedB = await firstOperator.CreateTenantAsync(new TenantRequest(SupplierB.Name, [SupplierB.Asid], [SupplierB.PartyKey]));
            await KeyAcceptedAsync(replicas[0].BaseAddress, SupplierA.Name, issuedA.ApiKey);
            await KeyAcceptedAsync(replicas[1].BaseAddress, SupplierB.Name, issuedB.ApiKey);

            var runs = await Task.WhenAll(
                FeatureSuiteProcess.RunAsync(SupplierA.Name, Subfolder(folder, "supplier-a"), SupplierA.Settings(replicas[0].BaseAddress, issuedA.ApiKey)),
                FeatureSuiteProcess.RunAsync(SupplierB.Name, Subfolder(folder, "supplier-b"), SupplierB.Settings(replicas[1].BaseAddress, issuedB.ApiKey)));
            foreach (var (run, replica) in runs.Zip(replicas))
            {
                Report($"{run.Label}: {run.Passed} of {run.Scenarios.Count} scenarios passed (the feature files hold {scenarios}), against replica {replica.BaseAddress} with its own key and identities.");
            }

            Assert.Multiple(() =>
            {
                foreach (var run in runs)
                {
                    var failed = run.NotPassed.ToList();
                    var listed = failed.Take(ListedFailures).Select(f => $"  {f.Name}: {Shorten(f.Problem!)}")
                        .Append(failed.Count > ListedFailures ? $"  … and {failed.Count - ListedFailures} more" : string.Empty);
                    Assert.That(failed, Is.Empty, $"{run.Label}'s run of the feature suite: {failed.Count} scenario(s) did not pass:{Environment.NewLine}{string.Join(Environment.NewLine, listed)}");
                    Assert.That(run.Scenarios, Has.Count.EqualTo(scenarios),
                        $"{run.Label}'s run reported {run.Scenarios.Count} scenarios, but the feature files hold {scenarios}. Its output:{Environment.NewLine}{Tail(run.Output)}");
                    Assert.That(run.ExitCode, Is.Zero, $"{run.Label}'s dotnet test exited with {run.ExitCode}. Its output:{Environment.NewLine}{Tail(run.Output)}");
                }
            });

            var a = new Party(SupplierA.Name, issuedA.Tenant.Id, issuedA.ApiKey);
            var b = new Party(SupplierB.Name, issuedB.Tenant.Id, issuedB.ApiKey);
            var checks = 0;
            foreach (var replica in replicas)
            {
                checks += await CheckIsolationAsync(replica.BaseAddress, a, b);
                checks += await CheckIsolationAsync(replica.BaseAddress, b, a);
            }

            Report($"Two replicas on one PostgreSQL database, both runs at once; {checks} requests with one tenant's key for the other's journal entries and fault rules "
                + $"(or ids that do not exist), on both replicas, each answered 403 \"{NotYours}\"; each key's journal and fault rule lists held only its own.");
        }
        finally
        {
            foreach (var replica in replicas)
            {
                await replica.DisposeAsync();
            }

            NpgsqlConnection.ClearAllPools();
            await TestPostgres.DropDatabaseAsync(connection);
            folder.Delete(recursive: true);
        }
    }

    // What the viewer's key reaches of the owner's, on one replica; the number of 403 answers checked.
    private static async Task<int> CheckIsolationAsync(Uri replica, Party viewer, Party owner)
    {
        using var viewerHttp = Http(replica, viewer.Key);
        using var operatorHttp = Http(replica, OperatorKey);
        var where = $"on {replica}, with {viewer.Name}'s key";

        // The journal: the viewer's list is its own; the owner's entries (which the operator reads there) are 403, and so is an id that does not exist.
        using var viewerClient = SpineSimulatorClient.Create(replica, viewer.Key);
        using var ownerClient = SpineSimulatorClient.Create(replica, owner.Key);
        var viewersList = await viewerClient.GetJournalSummariesAsync(new JournalFilter());
        var ownersList = await ownerClient.GetJournalSummariesAsync(new JournalFilter());
        foreach (var (who, listed) in new[] { (viewer.Name, viewersList), (owner.Name, ownersList) })
        {
            Assert.That(listed, Is.Not.Empty, $"{who}'s journal list on {replica} is empty: each run's exchanges should be listed on both replicas");
        }

        Assert.That(viewersList.Select(e => e.TenantId), Is.All.EqualTo(viewer.TenantId), $"{where}: the journal list holds entries that are not {viewer.Name}'s");
        Assert.That(viewersList.Select(e => e.Id).Intersect(ownersList.Select(e => e.Id)), Is.Empty, $"{where}: the journal list holds {owner.Name}'s entries");

        var ownersEntry = ownersList[0].Id;
        using (var seen = await operatorHttp.GetAsync($"/admin/journal/{ownersEntry}"))
        {
            Assert.That(seen.StatusCode, Is.EqualTo(HttpStatusCode.OK), $"the operator cannot read {owner.Name}'s journal entry {ownersEntry} on {replica}");
        }

        var absent = long.MaxValue - 7;
        using (var missing = await operatorHttp.GetAsync($"/admin/journal/{absent}"))
        {
            Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound), $"journal entry {absent} should not exist");
        }

        var refused = 0;
        foreach (var path in new[] { $"/admin/journal/{ownersEntry}", $"/admin/journal/{ownersEntry}/request", $"/admin/journal/{absent}" })
        {
            await ExpectNotYoursAsync(viewerHttp, HttpMethod.Get, path, where);
            refused++;
        }

        // Fault rules: one the owner adds now (about a patient no one uses, so it never fires), besides whatever its run left.
        var patient = (await ownerClient.AllocatePatientsAsync(1))[0];
        var rule = (await ownerClient.AddFaultRuleAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = "206", NhsNumber = patient.Value })).Id;
        var viewersRules = await viewerClient.GetFaultRulesAsync();
        var ownersRules = await ownerClient.GetFaultRulesAsync();
        Assert.That(viewersRules.Select(r => r.Id).Intersect(ownersRules.Select(r => r.Id)), Is.Empty, $"{where}: the fault rule list holds {owner.Name}'s rules");
        Assert.That(viewersRules.Select(r => r.TenantId), Is.All.EqualTo(viewer.TenantId), $"{where}: the fault rule list holds rules that are not {viewer.Name}'s");
        foreach (var (method, path) in new[] { (HttpMethod.Get, $"/admin/fault-rules/{rule}"), (HttpMethod.Delete, $"/admin/fault-rules/{rule}"), (HttpMethod.Get, $"/admin/fault-rules/{absent}"), (HttpMethod.Delete, $"/admin/fault-rules/{absent}") })
        {
            await ExpectNotYoursAsync(viewerHttp, method, path, where);
            refused++;
        }

        Assert.That((await ownerClient.GetFaultRulesAsync()).Select(r => r.Id), Does.Contain(rule), $"{where}: {owner.Name}'s fault rule {rule} is gone");
        await ownerClient.RemoveFaultRuleAsync(rule);
        return refused;
    }

    // A tenant made through one replica is known to the other once its change notice arrives: well within the deadline.
    private static async Task KeyAcceptedAsync(Uri replica, string tenant, string key)
    {
        using var http = Http(replica, key);
        var deadline = TimeProvider.System.GetUtcNow() + KeyPropagation;
        HttpStatusCode last;
        do
        {
            using var response = await http.GetAsync("/admin/fault-rules");
            last = response.StatusCode;
            if (last == HttpStatusCode.OK)
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }
        while (TimeProvider.System.GetUtcNow() < deadline);

        Assert.Fail($"{tenant}'s key, made through the other replica, was still refused by {replica} after {KeyPropagation.TotalSeconds:0} s (last answer HTTP {(int)last}): the replicas did not pass the new tenant on.");
    }

    private static async Task ExpectNotYoursAsync(HttpClient http, HttpMethod method, string path, string where)
    {
        using var request = new HttpRequestMessage(method, path);
        using var response = await http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), $"{where}: {method} {path} answered {(int)response.StatusCode}: {body}");
        Assert.That(JsonNode.Parse(body)?["title"]?.GetValue<string>(), Is.EqualTo(NotYours), $"{where}: {method} {path} gave another reason: {body}");
    }

    private static HttpClient Http(Uri replica, string key)
    {
        var http = new HttpClient { BaseAddress = replica, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add(AdminHeaders.ApiKey, key);
        return http;
    }

    // In the test's output (JUnit, TRX), on a detailed console, and in TestResults/two-tenant-suite.txt (which the test
    // command starts empty), to be quoted as it stands.
    private static void Report(string line)
    {
        TestContext.Out.WriteLine(line);
        TestContext.Progress.WriteLine(line);
        var summary = SummaryFile();
        System.IO.Directory.CreateDirectory(Path.GetDirectoryName(summary)!);
        File.AppendAllText(summary, line + Environment.NewLine);
    }

    private static string SummaryFile() => Path.Combine(FeatureSuiteProcess.RepositoryRoot(), "TestResults", "two-tenant-suite.txt");

    private static string Subfolder(DirectoryInfo folder, string name) => folder.CreateSubdirectory(name).FullName;

    private static string Shorten(string text) => text.Length <= 400 ? text : text[..400] + " …";

    private static string Tail(string output) => output.Length <= 4000 ? output : "…" + output[^4000..];

    private sealed record Party(string Name, long TenantId, string Key);
}
