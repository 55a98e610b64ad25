using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Hl7.Xml;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Tests.Persistence;
using SpineConformance.Testing;
using static SpineConformance.Simulator.Tests.Robustness.ExpectedAnswer;

namespace SpineConformance.Simulator.Tests.Robustness;

/// <summary>
/// Every case of <see cref="BadInputCatalogue"/> against one running simulator on a SQLite file: the answer is the
/// Spine-shaped error that says what was wrong, the journal holds the request (with its bytes when they were read), nothing
/// is logged as an error, and a valid request straight after is answered as usual.
/// </summary>
[Category("robustness")]
public sealed class BadInputTests
{
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    private readonly CapturedLogs logs = new();
    private FakeMhs mhs = null!;
    private DataFile data = null!;
    private SpineSimulatorHost host = null!;
    private HttpClient http = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        mhs = FakeMhs.Start();
        data = new DataFile();
        host = await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT0.2S", settings: new Dictionary<string, string?>
        {
            ["Simulator:InMemory"] = "false",
            ["Simulator:DataFile"] = data.Path,
            ["Simulator:MaxRequestBodyBytes"] = BadInputCatalogue.SizeLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, logs: logs);
        http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        http?.Dispose();
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (mhs is not null)
        {
            mhs.Dispose();
        }

        data?.Dispose();
    }

    private static IEnumerable<TestCaseData> Catalogue() =>
        BadInputCatalogue.All().Select(c => new TestCaseData(c).SetArgDisplayNames(c.Name));

    [Test]
    public void Catalogue_NamesEveryCaseOnce() =>
        Assert.That(BadInputCatalogue.All().Select(c => c.Name), Is.Unique);

    [TestCaseSource(nameof(Catalogue))]
    public async Task BadInput_IsAnsweredTheSpineWay_Journaled_AndTheNextValidRequestSucceeds(BadInput bad)
    {
        var request = bad.Build();
        var before = host.Journal.LastId;
        var logMark = logs.Count;

        var (status, answer) = await SendAsync(request);

        var text = Encoding.UTF8.GetString(answer);
        await AssertAnswerAsync(bad, status, answer, text);
        var entry = host.Journal.Snapshot().FirstOrDefault(e => e.Id > before && e.Direction == ExchangeDirection.Inbound && e.Path == request.Path);
        Assert.That(entry, Is.Not.Null, $"{bad}: the journal holds no entry for the request.");
        Assert.Multiple(() =>
        {
            Assert.That(entry!.StatusCode, Is.EqualTo(status), $"{bad}: the journal's status");
            Assert.That(entry.ResponseBody, Is.EqualTo(answer), $"{bad}: the journal keeps the answer's exact bytes");
            Assert.That(entry.RequestBody, bad.BodyKept ? Is.EqualTo(request.Body) : Is.Empty, $"{bad}: the journal keeps the request's bytes when they were read");
            if (bad.Expected is not KeptVerbatim)
            {
                Assert.That(entry.Validation.Errors.Any() || entry.Outcome.Contains("AE", StringComparison.Ordinal), Is.True,
                    $"{bad}: the journal should say what was wrong; its outcome is '{entry.Outcome}'.");
            }

            foreach (var never in bad.Never)
            {
                Assert.That(text, Does.Not.Contain(never), $"{bad}: the answer holds what an entity would have read or expanded to");
                Assert.That(entry.Outcome + entry.Validation, Does.Not.Contain(never), $"{bad}: the journal holds what an entity would have read or expanded to");
            }
        });
        await AssertNextValidRequestSucceedsAsync(bad);
        Assert.That(logs.ProblemsSince(logMark), Is.Empty, $"{bad}: the simulator logged an error or exception");
    }

    private async Task AssertAnswerAsync(BadInput bad, int status, byte[] answer, string text)
    {
        switch (bad.Expected)
        {
            case Fault fault:
                Assert.That(status, Is.EqualTo(fault.Status), $"{bad}: HTTP status. The answer was:{Environment.NewLine}{text}");
                var read = Hl7.Soap.SoapFault.Read(Parse(bad, text));
                Assert.That(read, Is.Not.Null, $"{bad}: expected a SOAP fault, got:{Environment.NewLine}{text}");
                var error = read!.Errors.Single();
                Assert.That(error.ErrorCode, Is.EqualTo(fault.ErrorCode), $"{bad}: nasp:errorCode");
                AssertSays(bad, error.Description, fault);
                break;
            case Refusal refusal:
                Assert.That(status, Is.EqualTo(200), $"{bad}: Spine refuses a readable request with HTTP 200 and an HL7 AE.{Environment.NewLine}{text}");
                var reasons = Reasons(Parse(bad, text));
                Assert.That(reasons.Select(r => r.Code), Does.Contain(refusal.ReasonCode), $"{bad}: no reason has the code; the answer was:{Environment.NewLine}{text}");
                AssertSays(bad, string.Join(" ", reasons.Select(r => r.DisplayName)), refusal);
                break;
            case MessageError messageError:
                Assert.That(status, Is.EqualTo(200), $"{bad}: an ebXML MessageError goes with HTTP 200 by default.{Environment.NewLine}{text}");
                var signal = EbxmlSignalReader.Read("text/xml", answer).MessageError;
                Assert.That(signal, Is.Not.Null, $"{bad}: expected an ebXML MessageError, got:{Environment.NewLine}{text}");
                Assert.That(signal!.Errors.Select(e => e.ErrorCode), Does.Contain(messageError.ErrorCode), $"{bad}: eb:errorCode");
                AssertSays(bad, string.Join(" ", signal.Errors.Select(e => e.Description)), messageError);
                break;
            case AsyncRefusal asyncRefusal:
                var refused = await BusinessReplyAsync(bad, status, answer);
                Assert.That(refused, Is.TypeOf<LrResponse.Acknowledged>().With.Property("Type").EqualTo(AcknowledgementType.AE), $"{bad}: the business reply");
                var issues = ((LrResponse.Acknowledged)refused).Reasons;
                Assert.That(issues.Select(r => r.Code), Does.Contain(asyncRefusal.ReasonCode), $"{bad}: the reply's reasons are {string.Join("; ", issues)}");
                AssertSays(bad, string.Join(" ", issues.Select(r => r.DisplayName)), asyncRefusal);
                break;
            case KeptVerbatim kept:
                var confirmed = await BusinessReplyAsync(bad, status, answer);
                Assert.That(confirmed, Is.InstanceOf<LrResponse.Succeeded<CreationResponseConfirm>>(), $"{bad}: free text is no error; the reply was {confirmed}");
                var lrId = ((LrResponse.Succeeded<CreationResponseConfirm>)confirmed).Payload.Id.Extension;
                using (var shown = JsonDocument.Parse(await http.GetStringAsync(new Uri($"/admin/lr/{lrId}", UriKind.Relative))))
                {
                    Assert.That(shown.RootElement.GetProperty("justification").GetString(), Is.EqualTo(kept.Text), $"{bad}: the admin API shows the text exactly as sent");
                }

                break;
            default:
                Assert.Fail($"{bad}: no check for {bad.Expected.GetType().Name}.");
                break;
        }
    }

    private static void AssertSays(BadInput bad, string said, ExpectedAnswer expected)
    {
        foreach (var words in expected.Says)
        {
            Assert.That(said, Does.Contain(words), $"{bad}: the answer should say what was wrong");
        }
    }

    // Accepted on the connection (202 and an Acknowledgment), then answered at the sender's MHS.
    private async Task<LrResponse> BusinessReplyAsync(BadInput bad, int status, byte[] answer)
    {
        var acknowledgment = EbxmlSignalReader.Read("text/xml", answer).Acknowledgment;
        Assert.That(status, Is.EqualTo(202), $"{bad}: a well-packaged reliable message is accepted before its payload is judged.{Environment.NewLine}{Encoding.UTF8.GetString(answer)}");
        Assert.That(acknowledgment, Is.Not.Null, $"{bad}: the 202 carries an ebXML Acknowledgment.");
        var refTo = acknowledgment!.RefToMessageId;
        await host.Journal.WaitForAsync(e => e.Direction == ExchangeDirection.Outbound && e.RefToMessageId == refTo, ReplyTimeout);
        var reply = mhs.Received.Select(r => r.Message).First(m => m.Header.RefToMessageId == refTo);
        return LrResponseReader.Read(reply.Payload!);
    }

    private async Task AssertNextValidRequestSucceedsAsync(BadInput bad)
    {
        if (bad.Transport == SpineTransport.SyncSoap)
        {
            var (status, answer) = await SendAsync(new BadRequest("/sync-service", "text/xml; charset=utf-8", BrokenGetRequests.GetAction,
                SoapEnvelope.ToBytes(SampleRequests.Get(Some.NhsNumber().Value))));
            Assert.That(status, Is.EqualTo(200), $"{bad}: the next valid Get");
            Assert.That(AcsResponseReader.Read(answer), Is.InstanceOf<AcsResponse.PermissionsReturned>(), $"{bad}: the next valid Get");
            return;
        }

        var wire = EbxmlWriter.Write(EbxmlClient.CreateLr(Some.NhsNumber().Value));
        var (created, ack) = await SendAsync(new BadRequest("/reliablemessaging/reliablerequest", wire.ContentType, wire.SoapAction, wire.Body.ToArray()));
        Assert.That((created, EbxmlSignalReader.Read("text/xml", ack).Acknowledgment is not null), Is.EqualTo((202, true)), $"{bad}: the next valid Create LR");
    }

    private async Task<(int Status, byte[] Body)> SendAsync(BadRequest request)
    {
        using var content = new ByteArrayContent(request.Body);
        if (request.ContentType is not null)
        {
            content.Headers.TryAddWithoutValidation("Content-Type", request.ContentType);
        }

        using var message = new HttpRequestMessage(HttpMethod.Post, request.Path) { Content = content };
        // As a careful client sends a large body: the simulator can refuse it (413) before the upload, instead of the
        // client's write meeting a closed connection.
        message.Headers.ExpectContinue = request.Body.Length > 64 * 1024;
        if (request.SoapAction is not null)
        {
            message.Headers.TryAddWithoutValidation("SOAPAction", request.SoapAction);
        }

        using var response = await http.SendAsync(message);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync());
    }

    private static XDocument Parse(BadInput bad, string text)
    {
        var loaded = HardenedXml.Load(text);
        Assert.That(loaded.Success, Is.True, $"{bad}: the answer is not well-formed XML: {loaded.Error}{Environment.NewLine}{text}");
        return loaded.Document!;
    }

    // An ACS refusal is an MCCI AE inside the response wrapper; an LR query's is a Query Act Failed.
    private static IReadOnlyList<DetectedIssue> Reasons(XDocument answer) => AcsResponseReader.Read(answer) switch
    {
        AcsResponse.Acknowledged { Type: AcknowledgementType.AE } acs => acs.Reasons,
        _ => LrResponseReader.Read(answer) is LrResponse.QueryFailed failed ? failed.Reasons : [],
    };
}
