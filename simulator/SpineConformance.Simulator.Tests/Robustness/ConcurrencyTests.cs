using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;
using SpineConformance.Simulator.Tests.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Robustness;

/// <summary>Where a concurrency test keeps the simulator's state.</summary>
public enum Storage
{
    InMemory,
    SqliteFile,
}

/// <summary>
/// Fifty requests at once, in memory and on a SQLite file: no answer is a 500, no acknowledged change is lost, and the
/// final state is what replaying the history in its order gives. Gets running beside Sets never see half a change.
/// </summary>
[Category("robustness")]
[TestFixture(Storage.InMemory)]
[TestFixture(Storage.SqliteFile)]
public sealed class ConcurrencyTests(Storage storage)
{
    private const int Parallel = 50;
    private static readonly TimeSpan ReplyTimeout = TimeSpan.FromSeconds(60);
    private static readonly AcsPermission[] Cycle = [AcsPermission.Yes, AcsPermission.No, AcsPermission.Clear];

    private readonly CapturedLogs logs = new();

    [Test]
    public async Task Sets_FiftyAtOnceOnOnePatient_LoseNoUpdate_AndTheHistoryReplaysToTheFinalState()
    {
        using var data = new DataFile();
        await using var host = await StartAsync(data);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var nhsNumber = Some.NhsNumber();

        var sets = Enumerable.Range(0, Parallel).Select(i => SendAsync(http, SetFor(nhsNumber.Value, Cycle[i % Cycle.Length], i), BrokenSetRequests.SetAction));
        var gets = Enumerable.Range(0, Parallel).Select(_ => SendAsync(http, SampleRequests.Get(nhsNumber.Value), BrokenGetRequests.GetAction));
        var answers = await Task.WhenAll(sets.Concat(gets));

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200), "no 500, no refusal");
        Assert.That(answers.Take(Parallel).Select(a => AcsResponseReader.Read(a.Body)),
            Is.All.InstanceOf<AcsResponse.Acknowledged>().With.Property("Type").EqualTo(AcknowledgementType.AA), "every Set is accepted");
        foreach (var seen in answers.Skip(Parallel).Select(a => ((AcsResponse.PermissionsReturned)AcsResponseReader.Read(a.Body)).Permissions))
        {
            // Each Set gives View and Store one value, so a Get that saw half a Set would see them differ.
            Assert.That(seen.PermissionFor(AcsFunction.View), Is.EqualTo(seen.PermissionFor(AcsFunction.Store)), "a Get saw half a Set");
        }

        var history = await host.Permissions.HistoryAsync(nhsNumber, CancellationToken.None);
        AssertOneEntryPerFunctionPerSet(history, Enumerable.Range(0, Parallel).Select(MessageIdFor(nhsNumber.Value)));
        var held = await host.Permissions.FindAsync(nhsNumber, CancellationToken.None);
        Assert.That((held?.View, held?.Store), Is.EqualTo(Replay(history)), "the final state is what replaying the history gives");
        Assert.That(logs.ProblemsSince(0), Is.Empty);
    }

    [Test]
    public async Task Sets_FiftyAtOnceOnFiftyPatients_EachEndsAsItsSetSaid()
    {
        using var data = new DataFile();
        await using var host = await StartAsync(data);
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var patients = Enumerable.Range(0, Parallel).Select(i => (NhsNumber: Some.NhsNumber(), Permission: Cycle[i % 2])).ToList();

        var answers = await Task.WhenAll(patients.SelectMany((p, i) => new[]
        {
            SendAsync(http, SetFor(p.NhsNumber.Value, p.Permission, i), BrokenSetRequests.SetAction),
            SendAsync(http, SampleRequests.Get(p.NhsNumber.Value), BrokenGetRequests.GetAction),
        }));

        Assert.That(answers.Select(a => a.Status), Is.All.EqualTo(200));
        foreach (var (patient, i) in patients.Select((p, i) => (p, i)))
        {
            var held = await host.Permissions.FindAsync(patient.NhsNumber, CancellationToken.None);
            Assert.That((held?.View, held?.Store), Is.EqualTo(((AcsPermission?)patient.Permission, (AcsPermission?)patient.Permission)), patient.NhsNumber.Value);
            var history = await host.Permissions.HistoryAsync(patient.NhsNumber, CancellationToken.None);
            AssertOneEntryPerFunctionPerSet(history, [MessageIdFor(patient.NhsNumber.Value)(i)]);
        }

        Assert.That(logs.ProblemsSince(0), Is.Empty);
    }

    [TestCase(DuplicateCreateBehaviour.ReturnExisting)]
    [TestCase(DuplicateCreateBehaviour.Reject)]
    [TestCase(DuplicateCreateBehaviour.CreateNew)]
    public async Task LrCreates_FiftyAtOnceForOnePatient_FollowTheDuplicateCreateSetting(DuplicateCreateBehaviour behaviour)
    {
        using var mhs = FakeMhs.Start();
        using var data = new DataFile();
        await using var host = await StartAsync(data, mhs, new() { ["Simulator:Lr:DuplicateCreate"] = behaviour.ToString() });
        var nhsNumber = Some.NhsNumber().Value;
        var creates = Enumerable.Range(0, Parallel).Select(_ => EbxmlClient.CreateLr(nhsNumber)).ToList();

        var accepted = await Task.WhenAll(creates.Select(c => EbxmlClient.PostAsync(host, c)));
        var replies = (await mhs.WaitForAsync(Parallel, ReplyTimeout)).Select(r => LrResponseReader.Read(r.Message.Payload!)).ToList();

        Assert.That(accepted.Select(a => a.Status), Is.All.EqualTo(202));
        var held = (await host.Services.GetRequiredService<IRelationshipStore>().ForPatientAsync(NhsNumber.From(nhsNumber), CancellationToken.None));
        var confirmed = replies.OfType<LrResponse.Succeeded<CreationResponseConfirm>>().Select(r => r.Payload.Id.Extension).ToList();
        var refused = replies.OfType<LrResponse.Acknowledged>().Where(r => r.Type == AcknowledgementType.AE).ToList();
        switch (behaviour)
        {
            case DuplicateCreateBehaviour.ReturnExisting:
                Assert.That(held, Has.Count.EqualTo(1), "one LR, whatever the timing");
                Assert.That(confirmed, Has.Count.EqualTo(Parallel).And.All.EqualTo(held[0].Id), "every create is confirmed with the one LR's id");
                break;
            case DuplicateCreateBehaviour.Reject:
                Assert.That(held, Has.Count.EqualTo(1), "one LR, whatever the timing");
                Assert.That(confirmed, Is.EqualTo(new[] { held[0].Id }), "the first create is confirmed");
                Assert.That(refused.Select(r => r.Reasons.Single().Code).ToList(), Has.Count.EqualTo(Parallel - 1).And.All.EqualTo("LR_DUPLICATE"));
                break;
            default:
                Assert.That(held.Select(r => r.Id).ToList(), Has.Count.EqualTo(Parallel).And.Unique);
                Assert.That(confirmed, Is.EquivalentTo(held.Select(r => r.Id)));
                break;
        }

        Assert.That(logs.ProblemsSince(0), Is.Empty);
    }

    // The handler test above shows the race only when the timing is unlucky; here the decision is slow on purpose, so a store
    // that read the patient's LRs and added its own in two steps would add several.
    [Test]
    public async Task AddForPatient_TwentyAtOnceWithASlowDecision_AddsOneLr()
    {
        using var data = new DataFile();
        await using var host = await StartAsync(data);
        var store = host.Services.GetRequiredService<IRelationshipStore>();
        var nhsNumber = Some.NhsNumber().Value;

        var added = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => store.AddForPatientAsync(NhsNumber.From(nhsNumber), held =>
        {
            Thread.Sleep(10);
            return held.Count == 0 ? NewLr($"LR-{nhsNumber}-{i}", nhsNumber) : null;
        }, CancellationToken.None))));

        Assert.That(added.Count(a => a is not null), Is.EqualTo(1));
        Assert.That((await store.ForPatientAsync(NhsNumber.From(nhsNumber), CancellationToken.None)).Select(r => r.Id), Is.EqualTo(new[] { added.Single(a => a is not null)!.Id }));
    }

    [Test]
    public async Task LrStatusChanges_FiftyAtOnceOnOneLr_TheFinalStatusAndTheHistoryAgree()
    {
        using var mhs = FakeMhs.Start();
        using var data = new DataFile();
        await using var host = await StartAsync(data, mhs);
        var nhsNumber = Some.NhsNumber().Value;
        await EbxmlClient.PostAsync(host, EbxmlClient.CreateLr(nhsNumber));
        var lrId = ((LrResponse.Succeeded<CreationResponseConfirm>)LrResponseReader.Read((await mhs.WaitForAsync(1, ReplyTimeout))[0].Message.Payload!)).Payload.Id.Extension!;
        // Mostly affirming changes (Active stays Active), a few closing ones: the first closing change wins, every later change is refused.
        var changes = Enumerable.Range(0, Parallel).Select(i => EbxmlClient.Wrap(LrMessages.StatusChangeRequest(EbxmlClient.Context(),
            SCRequest.For(i % 10 == 9 ? "11" : i % 2 == 0 ? "08" : "12", nhsNumber, LrAgent.Person.Of("100000000001", "100000000002"), lrId)), "REPC_IN040000UK15")).ToList();

        var accepted = await Task.WhenAll(changes.Select(c => EbxmlClient.PostAsync(host, c)));
        var replies = (await mhs.WaitForAsync(1 + Parallel, ReplyTimeout)).Skip(1).Select(r => r.Message).ToList();

        Assert.That(accepted.Select(a => a.Status), Is.All.EqualTo(202));
        var lr = (await host.Services.GetRequiredService<IRelationshipStore>().FindAsync(LrId.From(lrId), CancellationToken.None))!;
        var confirmedIds = replies.Where(r => r.Header.Action == LrInteractions.ConfirmStatusChangeId).Select(r => r.Header.RefToMessageId).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(lr.History.Select(h => h.By.MessageId), Is.EquivalentTo(confirmedIds), "each confirmed change is in the history once, and only those");
            Assert.That(replies, Has.Count.EqualTo(Parallel), "every change is answered");
            Assert.That(lr.Status, Is.EqualTo(lr.History[^1].To), "the status is the last change's");
            Assert.That(lr.History.Zip(lr.History.Skip(1)).Where(p => p.First.To != p.Second.From), Is.Empty, "each change starts where the one before ended");
            Assert.That(lr.History.Count(h => h.ReasonCode == "11"), Is.EqualTo(1), "one closing change wins; the rest find the LR Inactive");
            Assert.That(lr.Status, Is.EqualTo(LrStatus.Inactive));
        });
        Assert.That(logs.ProblemsSince(0), Is.Empty);
    }

    private static void AssertOneEntryPerFunctionPerSet(IReadOnlyList<PermissionChange> history, IEnumerable<string> messageIds)
    {
        Assert.That(history.Select(h => h.By.MessageId).Distinct(), Is.EquivalentTo(messageIds), "the history holds every accepted Set");
        Assert.That(history.GroupBy(h => (h.By.MessageId, h.Function)).Select(g => g.Count()), Is.All.EqualTo(1), "one entry per function per Set");
        Assert.That(history.Select(h => h.Sequence), Is.Ordered.Ascending.And.Unique);
        // A Set's two functions are applied together: no other Set comes between them.
        Assert.That(history.Chunk(2).Select(pair => pair.Select(p => p.By.MessageId).Distinct().Count()), Is.All.EqualTo(1));
        foreach (var function in Enum.GetValues<AcsFunction>())
        {
            var chain = history.Where(h => h.Function == function).ToList();
            Assert.That(chain.Zip(chain.Skip(1)).Where(p => p.First.NewValue != p.Second.OldValue), Is.Empty, $"{function}: each change starts from the value before it");
        }
    }

    private static LegitimateRelationship NewLr(string id, string nhsNumber) => new()
    {
        Id = id,
        NhsNumber = nhsNumber,
        Subject = new LrSubject("100000000001", "100000000002", null),
        LrType = "06",
        CreatedBy = new LrActor("100000000001", "100000000002", SampleRequests.SenderAsid, id),
        StartedAt = DateTimeOffset.UnixEpoch,
    };

    private static (AcsPermission? View, AcsPermission? Store) Replay(IReadOnlyList<PermissionChange> history)
    {
        var state = PatientPermissions.None(NhsNumber.From(history[0].NhsNumber));
        foreach (var change in history.OrderBy(h => h.Sequence))
        {
            state = state.With(change.Function, change.NewValue);
        }

        return (state.View, state.Store);
    }

    private static Func<int, string> MessageIdFor(string nhsNumber) =>
        i => $"uuid:{nhsNumber[..8]}-{nhsNumber[8..]}00-4000-8000-{i.ToString("D12", CultureInfo.InvariantCulture)}";

    private static System.Xml.Linq.XDocument SetFor(string nhsNumber, AcsPermission permission, int i) =>
        SampleRequests.Set(nhsNumber, permission, SampleRequests.Outgoing(MessageIdFor(nhsNumber)(i)));

    private static async Task<(int Status, System.Xml.Linq.XDocument Body)> SendAsync(HttpClient http, System.Xml.Linq.XDocument request, string soapAction)
    {
        using var content = new ByteArrayContent(SoapEnvelope.ToBytes(request));
        content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        using var message = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
        message.Headers.TryAddWithoutValidation("SOAPAction", soapAction);
        using var response = await http.SendAsync(message);
        var loaded = Hl7.Xml.HardenedXml.Load(await response.Content.ReadAsByteArrayAsync());
        Assert.That(loaded.Success, Is.True, loaded.Error);
        return ((int)response.StatusCode, loaded.Document!);
    }

    private async Task<SpineSimulatorHost> StartAsync(DataFile data, FakeMhs? mhs = null, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>(extra ?? []);
        if (storage == Storage.SqliteFile)
        {
            settings["Simulator:InMemory"] = "false";
            settings["Simulator:DataFile"] = data.Path;
        }

        return mhs is null
            ? await SpineSimulatorHost.StartAsync(settings, logs: logs)
            : await EbxmlClient.StartSimulatorAsync(mhs, retryInterval: "PT5S", settings: settings, logs: logs);
    }
}
