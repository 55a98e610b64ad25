using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Journal;
using SpineConformance.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;

namespace SpineConformance.Simulator.Tests.Robustness.Issue15;

/// <summary>
/// Issue 15, finding 3: the reply sender followed redirects, read answers of any size into the journal, and sent replies
/// one at a time, so one hanging MHS held up every other system's. Each MHS here is a WireMock.Net server on 127.0.0.1,
/// and what reached it is read from WireMock's request log.
/// </summary>
[Category("robustness")]
public sealed class ReplySenderTests
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(15);

    [Test]
    public async Task RedirectingMhs_IsNotFollowed_AndTheAttemptFailsSayingWhere()
    {
        using var mhs = FakeMhs.StartBare();
        mhs.Server.Given(Request.Create().WithPath(FakeMhs.InboundPath))
            .RespondWith(Response.Create().WithStatusCode(302).WithHeader("Location", $"{mhs.Server.Url}/elsewhere"));
        mhs.Server.Given(Request.Create().WithPath("/elsewhere")).RespondWith(Response.Create().WithStatusCode(200));
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S", retries: 0);
        var mark = host.Journal.LastId;

        await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(Some.NhsNumber().Value));
        var attempt = await host.Journal.WaitForAsync(e => e.Id > mark && e.Direction == ExchangeDirection.Outbound, Wait);

        Assert.That(attempt.Outcome, Does.StartWith("undelivered after 1 attempt(s)").And.Contain("HTTP 302 redirecting to").And.Contain("not followed"));
        Assert.That(mhs.Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}"), Is.EqualTo(new[] { "POST /inbound" }),
            "one POST to the registered endpoint, and nothing sent where the redirect pointed");
    }

    [Test]
    public async Task HugeAnswer_IsReadOnlyUpToTheCap_AndTheJournalKeepsOnlyAPrefix()
    {
        using var mhs = FakeMhs.StartBare();
        var huge = new byte[5 * 1024 * 1024];
        Array.Fill(huge, (byte)'x');
        mhs.Server.Given(Request.Create().WithPath(FakeMhs.InboundPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithHeader("Content-Type", "text/xml").WithBody(huge));
        await using var host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S", retries: 0);
        var mark = host.Journal.LastId;

        await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(Some.NhsNumber().Value));
        var attempt = await host.Journal.WaitForAsync(e => e.Id > mark && e.Direction == ExchangeDirection.Outbound, Wait);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var served = await http.GetByteArrayAsync($"/admin/journal/{attempt.Id}/response");

        Assert.That(attempt.Outcome, Does.Contain("an answer larger than 1048576 bytes, which was not read further"));
        Assert.That(served, Has.Length.EqualTo(64 * 1024), "the journal keeps the first 64 KiB (Simulator:Delivery:StoredAnswerBytes)");
        Assert.That(served, Is.EqualTo(huge[..served.Length]));
    }

    [Test]
    public async Task HangingMhs_HoldsUpOnlyItsOwnReplies()
    {
        using var hanging = FakeMhs.StartBare();
        hanging.Server.Given(Request.Create().WithPath(FakeMhs.InboundPath).UsingPost())
            .RespondWith(Response.Create().WithStatusCode(200).WithDelay(TimeSpan.FromSeconds(6)));
        using var prompt = FakeMhs.Start();
        await using var host = await EbxmlClient.StartSimulatorAsync(hanging, retryInterval: "PT30S", retries: 0,
            settings: new Dictionary<string, string?> { ["Simulator:Delivery:AttemptTimeout"] = "00:00:04" });
        const string OtherPartyKey = "B12345-0000202";
        host.Services.GetRequiredService<SpineDirectory>().Upsert(new AccreditedSystem
        {
            Asid = "200000000202", PartyKey = OtherPartyKey, MhsEndpoint = prompt.Endpoint.ToString(),
        });

        // Queued in this order, so a worker sending one reply at a time would be stuck on the hanging MHS first.
        await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(Some.NhsNumber().Value));
        await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(Some.NhsNumber().Value, OtherPartyKey));

        var delivered = await host.Journal.WaitForAsync(e => e.Direction == ExchangeDirection.Outbound, TimeSpan.FromSeconds(3));

        Assert.That(delivered.Path, Is.EqualTo(prompt.Endpoint.ToString()), "the other system's reply went first, while the hanging MHS still had its own");
        Assert.That(delivered.Outcome, Does.StartWith("delivered"));
        Assert.That(prompt.Received, Has.Count.EqualTo(1));
    }
}
