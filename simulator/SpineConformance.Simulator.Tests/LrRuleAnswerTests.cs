using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Testing;
using SpineConformance.Validation.Findings;
using SpineConformance.Validation.Lr;
using Breakage = SpineConformance.Testing.BrokenGetRequests.Breakage;

namespace SpineConformance.Simulator.Tests;

/// <summary>
/// The simulator's documented answer to every broken LR request in <see cref="BrokenLrRequests"/>: a query is answered at
/// once with <c>QUQI_IN010000UK14</c> (AE, <c>queryResponseCode</c> ID), an async request is acknowledged (202 + ebXML
/// Acknowledgment) and then refused by an asynchronous <c>MCCI_IN010000UK13</c> AE at the sender's MHS; either way a reason
/// carries the rule's fault name as its code (no LR fault has a published numeric code). Each breakage goes to a simulator
/// in its default (Spine) mode when Spine's profile has the rule, and to one in strict mode when only the conformance
/// profile has it (the header-to-body consistency rules, the batch NHS number check, LR type 11 and unknown reason codes).
/// A warning rule decides nothing, so its breakage is only checked to be reported in the journal with its fault name.
/// </summary>
public sealed class LrRuleAnswerTests
{
    private const string ClientPartyKey = "A12345-0000101";
    private const string ClientCpaId = "S200000000101";
    private const string SpinePartyKey = "YES-0000806";

    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(10);

    private FakeMhs mhs = null!;
    private SpineSimulatorHost spine = null!;
    private SpineSimulatorHost strict = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        mhs = FakeMhs.Start();
        spine = await StartSimulatorAsync(strict: false);
        strict = await StartSimulatorAsync(strict: true);
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        await strict.DisposeAsync();
        await spine.DisposeAsync();
        mhs.Dispose();
    }

    private static IEnumerable<TestCaseData> Breakages() => Cases(Severity.Error);

    // A warning rule reports without rejecting (LrRulesTests): the answer is not its to decide.
    private static IEnumerable<TestCaseData> WarningBreakages() => Cases(Severity.Warning);

    [TestCaseSource(nameof(Breakages))]
    public async Task BrokenRequest_IsAnsweredWithTheRulesFaultName(Breakage broken)
    {
        var host = SpineChecks(broken) ? spine : strict;

        if (LrInteractions.Async.Any(a => a.SoapAction == broken.SoapAction))
        {
            await AssertAsyncRefusalAsync(host, broken);
        }
        else
        {
            await AssertQueryActFailedAsync(host, broken);
        }
    }

    [TestCaseSource(nameof(WarningBreakages))]
    public async Task BrokenRequest_ForAWarningRule_IsReportedInTheJournalWithItsFaultName(Breakage broken)
    {
        var host = SpineChecks(broken) ? spine : strict;
        using var client = new SimulatorClient(host.BaseAddress);
        var before = host.Journal.LastId;

        var (status, _, text) = await client.PostAsync(broken.Build(), broken.SoapAction);

        var exchange = host.Journal.Snapshot().Last(e => e.Id > before && e.Direction == ExchangeDirection.Inbound);
        var finding = exchange.Validation.Findings.FirstOrDefault(f => f.RuleId == broken.RuleId);
        Assert.That(status, Is.EqualTo(200), text);
        Assert.That(finding, Is.Not.Null, $"{broken}: the journal should report the warning; it holds:{Environment.NewLine}{exchange.Validation}");
        Assert.That((finding!.FaultName, finding.Severity), Is.EqualTo((broken.FaultName, Severity.Warning)));
    }

    [Test]
    public void Breakages_CoverTheRulesSpineSkips_SoStrictModeIsExercised()
    {
        var strictOnly = BrokenLrRequests.All().Where(b => !SpineChecks(b)).Select(b => b.RuleId).ToList();

        Assert.That(strictOnly, Is.SupersetOf(new[] { "LR-CREATE-LR-TYPE-NASP-ONLY", "LR-SC-REASON-CODE-KNOWN", "LR-BATCH-NHS-NUMBER" }),
            "Spine mode leaves these to the handlers or skips them (LrValidationProfiles); they must still be answered in strict mode.");
    }

    private static async Task AssertQueryActFailedAsync(SpineSimulatorHost host, Breakage broken)
    {
        using var client = new SimulatorClient(host.BaseAddress);
        var before = host.Journal.LastId;

        var (status, body, text) = await client.PostAsync(broken.Build(), broken.SoapAction);

        Assert.That(status, Is.EqualTo(200), $"{broken}: a query Spine refuses is still answered 200 with a Query Act Failed.{Environment.NewLine}{text}");
        var answer = LrResponseReader.Read(body);
        Assert.That(answer, Is.TypeOf<LrResponse.QueryFailed>(), $"{broken}: expected {LrInteractions.QueryActFailed}, got {answer}.");
        var failed = (LrResponse.QueryFailed)answer;
        var exchange = host.Journal.Snapshot().Last(e => e.Id > before && e.Direction == ExchangeDirection.Inbound);
        Assert.Multiple(() =>
        {
            Assert.That(failed.Type, Is.EqualTo(AcknowledgementType.AE), $"{broken}: acknowledgement/@typeCode");
            Assert.That(failed.QueryResponseCode, Is.EqualTo("ID"), $"{broken}: queryAck/queryResponseCode/@code");
            Assert.That(failed.Reasons.Select(r => r.Code), Does.Contain(broken.FaultName), $"{broken}: no reason names the fault; the answer was {failed}.");
            Assert.That(exchange.Validation.Findings.Select(f => f.RuleId), Does.Contain(broken.RuleId),
                $"{broken}: the journal should say which rule refused the query; it holds:{Environment.NewLine}{exchange.Validation}");
        });
    }

    private async Task AssertAsyncRefusalAsync(SpineSimulatorHost host, Breakage broken)
    {
        var request = Wrap(broken);

        var (status, body) = await EbxmlClient.PostAsync(host, request);

        var acknowledgment = EbxmlSignalReader.Read("text/xml", body).Acknowledgment;
        Assert.That(status, Is.EqualTo(202), $"{broken}: a well-packaged reliable message is accepted before its payload is judged.");
        Assert.That(acknowledgment?.RefToMessageId, Is.EqualTo(request.Header.MessageId), $"{broken}: the ebXML Acknowledgment names the request.");

        var reply = await ReplyToAsync(host, request.Header.MessageId);
        Assert.That(reply.Header.Action, Is.EqualTo(LrInteractions.ApplicationAcknowledgement), $"{broken}: the reply's eb:Action");
        Assert.That(reply.Header.ConversationId, Is.EqualTo(request.Header.ConversationId), $"{broken}: the reply's eb:ConversationId");
        var answer = LrResponseReader.Read(reply.Payload!);
        Assert.That(answer, Is.TypeOf<LrResponse.Acknowledged>(), $"{broken}: expected an {LrInteractions.ApplicationAcknowledgement}, got {answer}.");
        var refused = (LrResponse.Acknowledged)answer;
        Assert.Multiple(() =>
        {
            Assert.That(refused.Type, Is.EqualTo(AcknowledgementType.AE), $"{broken}: acknowledgement/@typeCode");
            Assert.That(refused.Reasons.Select(r => r.Code), Does.Contain(broken.FaultName), $"{broken}: no reason names the fault; the answer was {refused}.");
        });
    }

    // The delivery is journaled once the fake MHS has answered it, so by then the MHS holds the message.
    private async Task<EbxmlMessage> ReplyToAsync(SpineSimulatorHost host, string requestMessageId)
    {
        var delivery = await host.Journal.WaitForAsync(
            e => e.Direction == ExchangeDirection.Outbound && e.RefToMessageId == requestMessageId, ReplyTimeout);
        var reply = mhs.Received.Select(r => r.Message).FirstOrDefault(m => m.Header.RefToMessageId == requestMessageId);
        Assert.That(reply, Is.Not.Null, $"The simulator sent its reply to {requestMessageId}, but not to the fake MHS ({delivery.Path}: {delivery.Outcome}).");
        return reply!;
    }

    private static IEnumerable<TestCaseData> Cases(Severity severity) => BrokenLrRequests.All()
        .Where(b => LrValidationProfiles.AllRules.Single(r => r.Id == b.RuleId && r.FaultName == b.FaultName).Severity == severity)
        .Select(b => new TestCaseData(b).SetArgDisplayNames(b.RuleId));

    private static bool SpineChecks(Breakage broken) =>
        LrValidationProfiles.Spine(InteractionOf(broken))?.Rules.Any(r => r.Id == broken.RuleId) == true;

    private static string InteractionOf(Breakage broken) => broken.SoapAction[(broken.SoapAction.LastIndexOf('/') + 1)..];

    private async Task<SpineSimulatorHost> StartSimulatorAsync(bool strict)
    {
        var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Simulator:Strict"] = strict ? "true" : "false",
            ["Simulator:Delivery:ReplyDelay"] = "00:00:00",
        });
        var directory = host.Services.GetRequiredService<SpineDirectory>();
        var system = directory.SystemByAsid(SampleRequests.SenderAsid)!;
        directory.Upsert(system with
        {
            MhsEndpoint = mhs.Endpoint.ToString(),
            Reliability = system.Reliability with { RetryInterval = TimeSpan.FromMilliseconds(200) },
        });
        return host;
    }

    private static EbxmlMessage Wrap(Breakage broken)
    {
        var ids = new Hl7.Time.RandomIdSource();
        var slash = broken.SoapAction.LastIndexOf('/');
        var header = new EbxmlHeader(new EbxmlParty(ClientPartyKey), new EbxmlParty(SpinePartyKey), ClientCpaId,
            EbxmlMessageId.New(ids), broken.SoapAction[..slash], broken.SoapAction[(slash + 1)..], EbxmlMessageId.New(ids), "2026-11-22T10:15:00Z")
            .WithPattern(EbxmlPattern.Reliable);
        return new EbxmlMessage(header, new XDocument(broken.Build().Root));
    }
}
