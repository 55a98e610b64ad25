using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence.Sqlite;
using SpineConformance.Simulator.State;
using SpineConformance.Simulator.Tests.Persistence;

namespace SpineConformance.Simulator.Tests.Robustness.Issue15;

/// <summary>
/// Issue 15, finding 1: an MHS endpoint that is not HTTP (or a persist duration of ten years) was accepted, and the
/// delivery worker's exception then stopped the host at every start. Now such values are refused where they enter,
/// naming the field, and a data file already holding such a reply starts and gives the reply up.
/// </summary>
[Category("robustness")]
public sealed class PoisonedEndpointTests
{
    private const string Asid = "200000000101";

    [TestCase("mhsEndpoint", "file:///etc/passwd")]
    [TestCase("mhsEndpoint", "ftp://127.0.0.1/inbound")]
    [TestCase("mhsEndpoint", "gopher://127.0.0.1/")]
    [TestCase("mhsEndpoint", "javascript:alert(1)")]
    [TestCase("mhsEndpoint", "/relative/inbound")]
    [TestCase("reliability.persistDuration", "P3650D")]
    [TestCase("reliability.retryInterval", "PT0S")]
    public async Task PutSystem_WithAnUnusableValue_Is400NamingTheField_AndChangesNothing(string field, string value)
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var before = await http.GetStringAsync($"/admin/directory/systems/{Asid}");
        var system = JsonNode.Parse(before)!.AsObject();
        if (field.StartsWith("reliability.", StringComparison.Ordinal))
        {
            system["reliability"]![field["reliability.".Length..]] = value;
        }
        else
        {
            system[field] = value;
        }

        using var response = await http.PutAsJsonAsync($"/admin/directory/systems/{Asid}", system);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(field));
        Assert.That(await http.GetStringAsync($"/admin/directory/systems/{Asid}"), Is.EqualTo(before), "the system is as it was");
    }

    [Test]
    public async Task FaultRule_WithADelayOfTenYears_Is400NamingTheBound()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await http.PostAsJsonAsync("/admin/fault-rules", new { kind = "DelayResponse", delay = "P3650D" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("delay must be at most an hour (PT1H)"));
    }

    [Test]
    public void DirectoryFile_WithAFileEndpoint_StopsTheStart_NamingTheField()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, """{ "systems": [ { "asid": "200000000101", "partyKey": "P", "mhsEndpoint": "file:///etc/passwd" } ] }""");

            var failure = Assert.ThrowsAsync<InvalidDataException>(() => SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:DirectoryFile"] = file }));

            Assert.That(failure!.Message, Does.Contain(file).And.Contain("systems[0].mhsEndpoint").And.Contain("'file' scheme"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Test]
    [NonParallelizable]
    public async Task DataFileHoldingAReplyToAFileEndpoint_StartsCleanly_GivesTheReplyUp_AndStartsAgain()
    {
        using var data = new DataFile();
        using (var database = new SqliteDatabase(data.Path))
        {
            database.Migrate();
            var now = DateTimeOffset.UnixEpoch.AddYears(60);
            // The reply a simulator before issue 15 queued for a system registered with a file: endpoint and a ten-year persist duration.
            await new SqliteOutbox(database).EnqueueAsync(new OutboundMessage
            {
                Endpoint = new Uri("file:///etc/passwd"), ContentType = "text/xml", SoapAction = "urn:nhs:names:services:lrs/REPC_IN020000UK13", Body = [1],
                MessageId = "M1", ConversationId = "C1", InteractionId = "REPC_IN020000UK13", MaxAttempts = 3, RetryInterval = TimeSpan.Zero,
                NextAttemptAt = DateTimeOffset.UnixEpoch, ExpiresAt = now.AddDays(3650),
            }, CancellationToken.None);
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        await using (var first = await StandaloneSimulator.StartAsync(data.Path))
        {
            var attempt = await JournalStreamWatch.WaitForAsync(first.BaseAddress, e => e.Contains("\"direction\":\"Outbound\"", StringComparison.Ordinal), TimeSpan.FromSeconds(20));
            using var http = new HttpClient { BaseAddress = first.BaseAddress };

            Assert.That(attempt, Does.Contain("undelivered after 1 attempt(s)").And.Contain("not an http:// or https:// address"));
            Assert.That((await http.GetAsync("/healthcheck")).StatusCode, Is.EqualTo(HttpStatusCode.OK), first.Output);
            Assert.That(first.IsRunning, Is.True, first.Output);
            var outbox = await http.GetFromJsonAsync<JsonArray>("/admin/outbox");
            Assert.That(outbox!.Single()!["state"]!.GetValue<string>(), Is.EqualTo("Undelivered"));
        }

        await using var second = await StandaloneSimulator.StartAsync(data.Path);
        using var again = new HttpClient { BaseAddress = second.BaseAddress };
        Assert.That((await again.GetAsync("/healthcheck")).StatusCode, Is.EqualTo(HttpStatusCode.OK), second.Output);
    }
}
