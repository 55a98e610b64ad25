using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.FaultInjection;

[Parallelizable(ParallelScope.All)]
public sealed class SyncTransportFaultTests
{
    [Test]
    public async Task DropConnection_ClosesWithoutAnAnswer_ButTheSetIsStillApplied()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.DropConnection, RemainingUses = 1 }, CancellationToken.None);
        var nhsNumber = Some.NhsNumber();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        Assert.ThrowsAsync<HttpRequestException>(() => Post(http, SampleRequests.Set(nhsNumber.Value, AcsPermission.No), BrokenSetRequests.SetAction));

        var held = await host.Permissions.FindAsync(nhsNumber, CancellationToken.None);
        Assert.That(held?.View, Is.EqualTo(AcsPermission.No), "Spine processed the request; only the answer was lost");
        var entry = await host.Journal.WaitForAsync(e => e.NhsNumber == nhsNumber.Value, TimeSpan.FromSeconds(5));
        Assert.That(entry.Outcome, Does.Contain("then DropConnection"));
        Assert.That(entry.ResponseBody, Is.Empty, "the journal keeps what was sent: nothing");
    }

    [Test]
    public async Task EmptyResponse_AnswersTheStatusWithNoBody()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.EmptyResponse }, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await Post(http, SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(await response.Content.ReadAsByteArrayAsync(), Is.Empty);
    }

    [Test]
    public async Task TruncatedResponse_SendsTheFirstHalfOfTheAnswer_WhichIsNotWellFormed()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.TruncatedResponse, RemainingUses = 1 }, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var nhsNumber = Some.NhsNumber().Value;

        using var cut = await Post(http, SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction);
        var cutBytes = await cut.Content.ReadAsByteArrayAsync();
        using var whole = await Post(http, SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction);
        var wholeBytes = await whole.Content.ReadAsByteArrayAsync();

        Assert.That(cutBytes, Is.Not.Empty);
        Assert.That(HardenedXml.Load(cutBytes, 1 << 20).Document, Is.Null, "a cut-off answer is not well-formed");
        Assert.That(HardenedXml.Load(wholeBytes, 1 << 20).Document, Is.Not.Null, "the rule applied once; the next answer is whole");
        Assert.That(cutBytes.Length, Is.InRange(wholeBytes.Length / 2 - 64, wholeBytes.Length / 2 + 64), "about half (ids and times differ a little)");
        Assert.That(host.Journal.Snapshot()[0].ResponseBody, Is.EqualTo(cutBytes), "the journal keeps the bytes actually sent");
    }

    [Test]
    public async Task DelayResponse_AnswersInFull_AfterTheDelay()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        var delay = TimeSpan.FromMilliseconds(400);
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.DelayResponse, Delay = delay }, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        var clock = Stopwatch.StartNew();
        using var response = await Post(http, SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);
        clock.Stop();

        Assert.That((int)response.StatusCode, Is.EqualTo(200));
        Assert.That(HardenedXml.Load(await response.Content.ReadAsByteArrayAsync(), 1 << 20).Document, Is.Not.Null);
        Assert.That(clock.Elapsed, Is.GreaterThanOrEqualTo(delay), "the answer was held back at least as long as the rule says");
    }

    [Test]
    public async Task NoResponse_HoldsTheConnection_UntilTheClientGivesUp()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.NoResponse }, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var giveUp = new CancellationTokenSource();

        var pending = Post(http, SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction, giveUp.Token);
        var entry = await host.Journal.WaitForAsync(e => e.Outcome.Contains("NoResponse", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var finishedFirst = await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(300)));
        await giveUp.CancelAsync();

        Assert.That(finishedFirst, Is.Not.SameAs(pending), "no answer came while the client waited");
        Assert.ThrowsAsync<TaskCanceledException>(() => pending, "the client giving up is what ends the exchange");
        Assert.That(entry.ResponseBody, Is.Empty);
    }

    [Test]
    public async Task NoResponse_DoesNotKeepTheSimulatorFromStopping()
    {
        var host = await SpineSimulatorHost.StartAsync();
        await host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(new FaultRule { Kind = FaultKind.NoResponse }, CancellationToken.None);
        using var http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };

        var pending = Post(http, SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);
        await host.Journal.WaitForAsync(e => e.Outcome.Contains("NoResponse", StringComparison.Ordinal), TimeSpan.FromSeconds(30));
        var stopping = host.DisposeAsync().AsTask();
        var first = await Task.WhenAny(stopping, Task.Delay(TimeSpan.FromSeconds(20)));

        Assert.That(first, Is.SameAs(stopping), "stopping ends the held exchange instead of waiting out the five-minute hold");
        Assert.ThrowsAsync<HttpRequestException>(() => pending, "the held connection is dropped");
    }

    [TestCase("{\"kind\":\"DelayResponse\"}", "A DelayResponse rule needs a positive delay")]
    [TestCase("{\"kind\":\"NoResponse\",\"delay\":\"-00:00:01\"}", "must be positive, or left out for five minutes")]
    [TestCase("{\"kind\":\"BusinessError\",\"text\":\"no code\"}", "A BusinessError rule needs the code to answer")]
    [TestCase("{\"kind\":\"BusinessError\",\"reasons\":[{\"code\":\"400\"},{\"text\":\"no code\"}]}", "Every one of reasons needs a code")]
    [TestCase("{\"kind\":\"SoapFault\",\"reasons\":[{\"code\":\"400\"}]}", "reasons apply to BusinessError and BusinessErrorReply rules only")]
    [TestCase("{\"kind\":\"BusinessErrorReply\"}", "A BusinessErrorReply rule needs the code to answer")]
    public async Task Rules_MissingWhatTheirKindNeeds_AreRefused(string rule, string expected)
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await http.PostAsync(new Uri("/admin/fault-rules", UriKind.Relative), new StringContent(rule, MediaTypeHeaderValue.Parse("application/json")));

        Assert.That((int)response.StatusCode, Is.EqualTo(400));
        Assert.That((await response.Content.ReadFromJsonAsync<ProblemDetailsBody>())!.Detail, Does.Contain(expected));
    }

    private static Task<HttpResponseMessage> Post(HttpClient http, System.Xml.Linq.XDocument document, string soapAction, CancellationToken cancellationToken = default)
    {
        var content = new ByteArrayContent(SoapEnvelope.ToBytes(document));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        var request = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", soapAction);
        return http.SendAsync(request, cancellationToken);
    }
}
