using System.Diagnostics;
using System.Globalization;
using System.Text;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Tests.Robustness.Fuzzing;

/// <summary>
/// Random mutations of a valid request of every interaction, sent one at a time to one simulator. Every answer must be
/// well-formed (XML the hardened reader accepts, or an empty 202), a 5xx only as a Spine SOAP fault, nothing may be logged
/// as an error, and afterwards every interaction's valid request must still be answered. Bounded by a count and a time
/// budget per interaction; seeded, so a failure replays: each case's random source comes from the seed, the interaction
/// and the case number alone.
/// </summary>
/// <remarks>
/// <c>SPINE_FUZZ_SEED</c> sets the seed (the default is fixed, so CI runs the same cases every time), <c>SPINE_FUZZ_COUNT</c>
/// the cases per interaction and <c>SPINE_FUZZ_SECONDS</c> the budget per interaction. <c>SPINE_FUZZ_CASE=N</c> runs only case N.
/// </remarks>
[Category("robustness")]
[Category("fuzz")]
public sealed class FuzzTests
{
    private const int DefaultSeed = 20261122;
    private const int DefaultCount = 500;
    private const int DefaultSeconds = 20;

    private static readonly int Seed = Setting("SPINE_FUZZ_SEED", DefaultSeed);
    private static readonly int Count = Setting("SPINE_FUZZ_COUNT", DefaultCount);
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(Setting("SPINE_FUZZ_SECONDS", DefaultSeconds));
    private static readonly int? OnlyCase = Environment.GetEnvironmentVariable("SPINE_FUZZ_CASE") is { } only ? int.Parse(only, CultureInfo.InvariantCulture) : null;

    private readonly CapturedLogs logs = new();
    private SpineSimulatorHost host = null!;
    private HttpClient http = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:Delivery:ReplyDelay"] = "00:00:00" }, logs: logs);
        http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(15) };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        http?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    private static IEnumerable<TestCaseData> Seeds() => FuzzSeeds.All.Select((s, i) => new TestCaseData(s, i).SetArgDisplayNames(s.Interaction));

    [TestCaseSource(nameof(Seeds))]
    public async Task MutatedRequests_AreAlwaysAnsweredWellFormed_WithoutAnErrorLogged_AndTheSimulatorStillAnswers(FuzzSeed seed, int interaction)
    {
        var clock = Stopwatch.StartNew();
        var sent = 0;
        foreach (var number in OnlyCase is { } only ? [only] : Enumerable.Range(0, Count))
        {
            if (clock.Elapsed > Budget)
            {
                break;
            }

            var random = new Random(unchecked((Seed * 7919) + (interaction * 104_729) + number));
            var request = seed.Build(random);
            var applied = new List<Mutation>();
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                var mutation = Mutations.Pick(random, Mutations.All);
                applied.Add(mutation);
                request = mutation.Apply(random, request);
            }

            var mark = logs.Count;
            var problem = await CheckAsync(request, mark);
            sent++;
            if (problem is not null)
            {
                var saved = Path.Combine(TestContext.CurrentContext.WorkDirectory, $"fuzz-{Seed}-{interaction}-{number}.request");
                await File.WriteAllBytesAsync(saved, request.Body);
                TestContext.AddTestAttachment(saved, "the request body that failed");
                Assert.Fail($"""
                    {seed.Interaction}, case {number} ({string.Join(", ", applied)}): {problem}
                    Request: POST {request.Path}, Content-Type {request.ContentType ?? "(none)"}, SOAPAction {request.SoapAction ?? "(none)"}, body saved to {saved}.
                    Replay: SPINE_FUZZ_SEED={Seed} SPINE_FUZZ_CASE={number} dotnet test simulator/SpineConformance.Simulator.Tests --filter "Name~MutatedRequests"
                    """);
            }
        }

        TestContext.Out.WriteLine($"{seed.Interaction}: {sent} mutated requests in {clock.Elapsed.TotalSeconds:0.0} s (seed {Seed}).");
        await AssertStillAnsweredAsync(seed);
    }

    // Null when the answer is acceptable; otherwise what was wrong with it.
    private async Task<string?> CheckAsync(BadRequest request, int mark)
    {
        using var content = new ByteArrayContent(request.Body);
        if (request.ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = content };
        if (request.SoapAction is not null)
        {
            message.Headers.TryAddWithoutValidation("SOAPAction", request.SoapAction);
        }

        int status;
        byte[] body;
        try
        {
            using var response = await http.SendAsync(message);
            status = (int)response.StatusCode;
            body = await response.Content.ReadAsByteArrayAsync();
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return $"no answer: {e.Message}";
        }

        var problems = logs.ProblemsSince(mark);
        if (problems.Count > 0)
        {
            return $"the simulator logged {problems[0]}";
        }

        if (body.Length == 0)
        {
            return status == 202 ? null : $"HTTP {status} with an empty body";
        }

        var loaded = HardenedXml.Load(body);
        if (!loaded.Success)
        {
            return $"HTTP {status} with an answer that is not well-formed XML ({loaded.Error}): {Encoding.UTF8.GetString(body)}";
        }

        return status >= 500 && SoapFault.Read(loaded.Document!) is null && EbxmlSignalReader.Read("text/xml", body).MessageError is null
            ? $"HTTP {status} that is neither a SOAP fault nor an ebXML MessageError: {Encoding.UTF8.GetString(body)}"
            : null;
    }

    private async Task AssertStillAnsweredAsync(FuzzSeed seed)
    {
        var request = seed.Build(new Random(Seed));
        using var content = new ByteArrayContent(request.Body);
        content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = content };
        message.Headers.TryAddWithoutValidation("SOAPAction", request.SoapAction);
        using var response = await http.SendAsync(message);
        var body = await response.Content.ReadAsByteArrayAsync();

        if (request.Path == "/sync-service")
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(200), $"{seed}: the valid request after fuzzing");
            Assert.That(SyncMessage.From(HardenedXml.Load(body).Document!)?.Body?.Descendants().Any(e => e.Name.LocalName == "acknowledgement"), Is.True);
            if (seed.Interaction.StartsWith("ACS", StringComparison.Ordinal))
            {
                Assert.That(AcsResponseReader.Read(body), Is.Not.InstanceOf<AcsResponse.Faulted>().And.Not.InstanceOf<AcsResponse.Unreadable>());
            }
        }
        else
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(202), $"{seed}: the valid request after fuzzing");
            Assert.That(EbxmlSignalReader.Read("text/xml", body).Acknowledgment, Is.Not.Null);
        }
    }

    private static int Setting(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : fallback;
}
