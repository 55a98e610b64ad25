using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.WebConsole;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.WebConsole;

/// <summary>The console's HTTP surface without a browser: files, headers, the journal stream and the message view.</summary>
public sealed class ConsoleEndpointsTests
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Test]
    public async Task Console_IsServedWithContentTypesCachingAndAPolicyThatForbidsInlineScript()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var index = await http.GetAsync(new Uri("/_console", UriKind.Relative));
        using var script = await http.GetAsync(new Uri("/_console/console.js", UriKind.Relative));
        using var missing = await http.GetAsync(new Uri("/_console/nothing.js", UriKind.Relative));
        using var again = new HttpRequestMessage(HttpMethod.Get, "/_console/console.js");
        again.Headers.IfNoneMatch.Add(script.Headers.ETag!);
        using var unchanged = await http.SendAsync(again);

        Assert.That(index.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        Assert.That(index.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
        Assert.That(await index.Content.ReadAsStringAsync(), Does.Contain("<script type=\"module\" src=\"/_console/console.js\">"));
        var policy = string.Join(";", index.Headers.GetValues("Content-Security-Policy"));
        Assert.That(policy, Does.Contain("default-src 'self'").And.Contain("script-src 'self'").And.Not.Contain("unsafe"));
        Assert.That(index.Headers.GetValues("X-Content-Type-Options"), Is.EqualTo(new[] { "nosniff" }));
        Assert.That(index.Headers.CacheControl?.NoCache, Is.True);
        Assert.That(script.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/javascript"));
        Assert.That(unchanged.StatusCode, Is.EqualTo(HttpStatusCode.NotModified));
        Assert.That(missing.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(missing.Headers.Contains("Content-Security-Policy"), Is.True);
    }

    [Test]
    public void ConsoleScripts_NeverParseHtml()
    {
        var scripts = ConsoleAssets.Names.Where(n => n.EndsWith(".js", StringComparison.Ordinal)).ToList();

        Assert.That(scripts, Is.Not.Empty);
        foreach (var name in scripts)
        {
            var text = System.Text.Encoding.UTF8.GetString(ConsoleAssets.Find(name)!.Content);
            Assert.That(text, Does.Not.Contain("innerHTML").And.Not.Contain("outerHTML").And.Not.Contain("insertAdjacentHTML")
                .And.Not.Contain("document.write").And.Not.Contain("eval("), name);
        }
    }

    [Test]
    public async Task JournalStream_SendsEachNewExchange_AndReplaysWhatAReconnectingClientMissed()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var first = Some.NhsNumber().Value;
        await SendGetAsync(http, first);

        using var stream = new HttpRequestMessage(HttpMethod.Get, "/admin/journal/stream");
        stream.Headers.TryAddWithoutValidation("Last-Event-ID", "0");
        using var response = await http.SendAsync(stream, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        var replayed = await NextEventAsync(reader, timeout.Token);
        var second = Some.NhsNumber().Value;
        await SendGetAsync(http, second);
        var live = await NextEventAsync(reader, timeout.Token);

        Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/event-stream"));
        Assert.That((replayed.Event, replayed.Id, replayed.Data.GetProperty("nhsNumber").GetString()), Is.EqualTo(("entry", "1", first)));
        Assert.That((live.Event, live.Id, live.Data.GetProperty("nhsNumber").GetString()), Is.EqualTo(("entry", "2", second)));
        Assert.That(live.Data.GetProperty("interactionId").GetString(), Is.EqualTo("GET_RESOURCE_PERMISSIONS_INUK01"));
    }

    [Test]
    public async Task MessageView_BrokenRequest_PutsEachFindingOnTheLinesOfItsElement_AndLinksSameMessageId()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var emptyTo = BrokenGetRequests.All().Single(b => b.RuleId == "SYNC-HDR-TO");
        await SendGetAsync(http, Some.NhsNumber().Value);
        await SendAsync(http, emptyTo.Build(), emptyTo.SoapAction);

        var view = await http.GetFromJsonAsync<JsonElement>(new Uri("/admin/journal/2/view", UriKind.Relative), Json);

        var lines = view.GetProperty("request").GetProperty("text").GetString()!.Split('\n');
        var finding = view.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("finding").GetProperty("ruleId").GetString() == "SYNC-HDR-TO");
        var from = finding.GetProperty("fromLine").GetInt32();
        Assert.That(view.GetProperty("request").GetProperty("format").GetString(), Is.EqualTo("xml"));
        Assert.That(finding.GetProperty("located").GetString(), Is.EqualTo("element"));
        Assert.That(lines[from - 1].Trim(), Does.StartWith("<wsa:To"));
        Assert.That(view.GetProperty("response").GetProperty("text").GetString(), Does.Contain("wsa:RelatesTo"));
        Assert.That(view.GetProperty("correlation").GetProperty("relatesTo").GetString(), Is.EqualTo(view.GetProperty("correlation").GetProperty("wsaMessageId").GetString()));
        var related = view.GetProperty("related").EnumerateArray().Single();
        Assert.That(related.GetProperty("entry").GetProperty("id").GetInt64(), Is.EqualTo(1));
        Assert.That(related.GetProperty("reason").GetString(), Does.Contain("wsa:MessageID"));
    }

    [Test]
    public async Task MessageView_UnknownEntry_IsNotFoundWithAReason()
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await http.GetAsync(new Uri("/admin/journal/99/view", UriKind.Relative));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("no entry 99"));
    }

    private static async Task SendGetAsync(HttpClient http, string nhsNumber) =>
        await SendAsync(http, SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction);

    private static async Task SendAsync(HttpClient http, System.Xml.Linq.XDocument document, string soapAction)
    {
        using var content = new ByteArrayContent(SoapEnvelope.ToBytes(document));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", soapAction);
        using var response = await http.SendAsync(request);
    }

    private static async Task<(string? Event, string? Id, JsonElement Data)> NextEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        string? type = null, id = null, data = null;
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0 && data is not null)
            {
                return (type, id, JsonDocument.Parse(data).RootElement.Clone());
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var (field, value) = colon < 0 ? (line, string.Empty) : (line[..colon], line[(colon + 1)..].TrimStart());
            switch (field)
            {
                case "event": type = value; break;
                case "id": id = value; break;
                case "data": data = value; break;
            }
        }

        throw new EndOfStreamException("The journal stream ended before an event arrived.");
    }
}
