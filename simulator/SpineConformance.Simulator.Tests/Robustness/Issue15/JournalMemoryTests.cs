using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Tests.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Robustness.Issue15;

/// <summary>
/// Issue 15, finding 2: every body stayed in the in-memory journal (200 bodies of 4 MB took the process from 89 MB to
/// 1,131 MB), the data file had no retention, and a patient's history came back whole. Now memory is bounded by bytes,
/// the file is pruned and shrinks, and lists come a page at a time.
/// </summary>
[Category("robustness")]
public sealed class JournalMemoryTests
{
    private const int FourMegabytes = 4_000_000;

    /// <summary>What the process may grow by after 200 bodies of 4 MB: the journal's 64 MiB budget and the runtime's slack.</summary>
    private const long RssBoundBytes = 300L << 20;

    [Test]
    [NonParallelizable]
    public async Task TwoHundredBodiesOf4MB_LeaveTheStandaloneSimulatorsMemoryBounded()
    {
        await using var simulator = await StandaloneSimulator.StartInAsync(Path.GetTempPath(), ["--in-memory", "--log-level", "Warning"]);
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        var body = new byte[FourMegabytes];
        Array.Fill(body, (byte)'a');
        await SendAsync(http, body.AsMemory(0, 1000), 5);
        var before = ResidentBytes(simulator.ProcessId);

        await SendAsync(http, body, 200);
        var after = ResidentBytes(simulator.ProcessId);
        TestContext.Out.WriteLine($"RSS before {before >> 20} MiB, after 200 bodies of 4 MB {after >> 20} MiB");

        Assert.That(after - before, Is.LessThan(RssBoundBytes), $"RSS grew from {before >> 20} MiB to {after >> 20} MiB");
        var journal = await http.GetFromJsonAsync<JsonArray>("/admin/journal?limit=1");
        var newest = journal!.Single()!["id"]!.GetValue<long>();
        var oldest = newest - 199;
        using var kept = await http.GetAsync($"/admin/journal/{newest}/request");
        using var truncated = await http.GetAsync($"/admin/journal/{oldest}/request");
        Assert.That((await kept.Content.ReadAsByteArrayAsync()).Length, Is.EqualTo(FourMegabytes), "the newest body is whole");
        Assert.That((await truncated.Content.ReadAsByteArrayAsync()).Length, Is.EqualTo(4096), "the oldest keeps a prefix");
        Assert.That(truncated.Headers.GetValues(AdminEndpoints.TruncatedHeader).Single(), Does.Contain("Simulator:JournalMemoryBytes"));
    }

    [Test]
    public async Task Retention_OnADataFile_DeletesTheOldestEntries_AndTheFileShrinks()
    {
        using var data = new DataFile();
        await using var host = await data.StartHostAsync(new Dictionary<string, string?>
        {
            ["Simulator:Retention:MaxBytes"] = (1 << 20).ToString(CultureInfo.InvariantCulture),
            ["Simulator:Retention:PruneInterval"] = "1.00:00:00",
        });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var body = new byte[100_000];
        Array.Fill(body, (byte)'a');
        var first = host.Journal.LastId + 1;
        await SendAsync(http, body, 40);
        var last = host.Journal.LastId;
        var grown = OnDisk(data.Path);

        var deleted = await host.Services.GetRequiredService<JournalRetention>().PruneNowAsync(CancellationToken.None);
        var pruned = OnDisk(data.Path);
        TestContext.Out.WriteLine($"{deleted} entries deleted; the file went from {grown} to {pruned} bytes");

        Assert.That(deleted, Is.InRange(29, 39), "the oldest entries past 1 MiB of bodies are deleted");
        Assert.That(pruned, Is.LessThan(grown / 2), "the space goes back to the file system");
        Assert.That((await http.GetAsync($"/admin/journal/{first}")).StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await http.GetByteArrayAsync($"/admin/journal/{last}/request"), Is.EqualTo(body), "the newest entry is whole");
        Assert.That(host.Journal.Snapshot().Select(e => e.Id), Has.None.LessThan(last - 10), "memory forgets what the file no longer holds");
    }

    [Test]
    public async Task PermissionHistory_ComesAPageAtATime_WithALinkToTheNext()
    {
        await using var host = await SpineConformance.Simulator.Hosting.SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var nhsNumber = Some.NhsNumber().Value;
        for (var i = 0; i < 120; i++)
        {
            var value = i % 2 == 0 ? "Yes" : "No";
            (await http.PutAsJsonAsync($"/admin/patients/{nhsNumber}/permissions", new { view = value, store = value })).EnsureSuccessStatusCode();
        }

        var pages = new List<int>();
        var sequences = new List<long>();
        for (var next = $"/admin/patients/{nhsNumber}/permissions/history"; next is not null;)
        {
            using var response = await http.GetAsync(next);
            var page = (await response.Content.ReadFromJsonAsync<JsonArray>())!;
            pages.Add(page.Count);
            sequences.AddRange(page.Select(c => c!["sequence"]!.GetValue<long>()));
            next = response.Headers.TryGetValues("Link", out var link) ? link.Single().Split('<', '>')[1] : null;
        }

        Assert.That(pages, Is.EqualTo(new[] { 100, 100, 40 }), "240 changes in pages of the default limit");
        Assert.That(sequences, Is.Ordered.And.Unique, "every change once, oldest first");
    }

    private static async Task SendAsync(HttpClient http, ReadOnlyMemory<byte> body, int count)
    {
        for (var i = 0; i < count; i++)
        {
            using var content = new ReadOnlyMemoryContent(body);
            content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
            using var request = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
            request.Headers.TryAddWithoutValidation("SOAPAction", "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01");
            using var response = await http.SendAsync(request);
            Assert.That((int)response.StatusCode, Is.EqualTo(500), "an unreadable body is a SOAP fault");
        }
    }

    // VmRSS from /proc: the resident set, as top and ps report it.
    private static long ResidentBytes(int processId)
    {
        var line = File.ReadLines($"/proc/{processId}/status").Single(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    // The file, its WAL and the journal's body files.
    private static long OnDisk(string dataFile)
    {
        var bodies = Simulator.Persistence.Sqlite.JournalBodyFiles.FolderFor(dataFile);
        return new[] { dataFile, dataFile + "-wal" }.Where(File.Exists).Sum(f => new FileInfo(f).Length)
            + (System.IO.Directory.Exists(bodies) ? System.IO.Directory.EnumerateFiles(bodies).Sum(f => new FileInfo(f).Length) : 0);
    }
}
