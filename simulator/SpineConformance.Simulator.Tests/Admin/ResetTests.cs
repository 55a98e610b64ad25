using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;
using SpineConformance.Simulator.Tests.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Admin;

/// <summary><c>POST /admin/reset</c>: one patient, one client system, or everything, in memory and in the SQLite file.</summary>
public sealed class ResetTests
{
    private const string OtherAsid = "200000000202";
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 9, 0, 0, TimeSpan.Zero);
    private static readonly LrActor Clinician = new("555000000010", "555000000011", SampleRequests.SenderAsid, "M-1");

    [TestCase(true)]
    [TestCase(false)]
    public async Task APatient_IsForgottenEverywhere_AndOtherPatientsAreKept(bool inMemory)
    {
        using var file = new DataFile();
        await using var host = await StartAsync(file, inMemory);
        var (forgotten, kept) = (Some.NhsNumber(), Some.NhsNumber());
        await ArrangeAsync(host, forgotten, kept);
        var forgottenEntry = host.Journal.Snapshot().First(e => e.NhsNumber == forgotten.Value).Id;

        var summary = await ResetAsync(host, new { nhsNumber = forgotten.Value });

        Assert.That(summary, Is.EqualTo(new ResetSummary($"NHS number {forgotten.Value}", 1, 1, 1, 2, 1, 1, 0)));
        Assert.That(await host.Permissions.FindAsync(forgotten, CancellationToken.None), Is.Null);
        Assert.That(await host.Permissions.HistoryAsync(forgotten, CancellationToken.None), Is.Empty);
        Assert.That(await host.Journal.FindAsync(forgottenEntry, CancellationToken.None), Is.Null, "gone from memory and from the store");
        Assert.That(await host.Permissions.FindAsync(kept, CancellationToken.None), Is.Not.Null);
        Assert.That(host.Journal.Snapshot().Count(e => e.NhsNumber == kept.Value), Is.EqualTo(2));
        var relationships = host.Services.GetRequiredService<IRelationshipStore>();
        Assert.That((await relationships.AllAsync(CancellationToken.None)).Select(r => r.NhsNumber), Is.EqualTo(new[] { kept.Value }));
        Assert.That(await relationships.AlertsAsync(CancellationToken.None), Is.Empty);
        Assert.That((await host.Services.GetRequiredService<IOutbox>().ListAsync(CancellationToken.None)).Select(m => m.NhsNumber), Is.EqualTo(new[] { kept.Value }));
        Assert.That((await host.Services.GetRequiredService<IFaultRuleStore>().ListAsync(CancellationToken.None)).Select(r => r.NhsNumber), Is.EqualTo(new[] { kept.Value }));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task AnAsid_ForgetsThatSystemsJournalRepliesAndRules_ButNotPatientState(bool inMemory)
    {
        using var file = new DataFile();
        await using var host = await StartAsync(file, inMemory);
        var (first, second) = (Some.NhsNumber(), Some.NhsNumber());
        await ArrangeAsync(host, first, second);

        var summary = await ResetAsync(host, new { asid = OtherAsid });

        Assert.That(summary, Is.EqualTo(new ResetSummary($"ASID {OtherAsid}", 0, 0, 0, 2, 1, 0, 0)));
        Assert.That(host.Journal.Snapshot().Select(e => e.SenderAsid).Distinct(), Is.EqualTo(new[] { SampleRequests.SenderAsid }));
        Assert.That(await host.Permissions.FindAsync(second, CancellationToken.None), Is.Not.Null, "the patient's state is not the system's to lose");
        Assert.That((await host.Services.GetRequiredService<IOutbox>().ListAsync(CancellationToken.None)).Select(m => m.RecipientAsid), Is.EqualTo(new[] { SampleRequests.SenderAsid }));
    }

    [TestCase(true)]
    [TestCase(false)]
    public async Task Everything_LeavesOnlyTheDirectory_AndJournalIdsKeepCountingUp(bool inMemory)
    {
        using var file = new DataFile();
        await using var host = await StartAsync(file, inMemory);
        await ArrangeAsync(host, Some.NhsNumber(), Some.NhsNumber());
        var lastId = host.Journal.LastId;

        var summary = await ResetAsync(host, new { everything = true });

        Assert.That(summary with { Patients = 0 }, Is.EqualTo(new ResetSummary("everything", 0, 2, 1, 4, 2, 2, 0)));
        Assert.That(summary.Patients, Is.GreaterThanOrEqualTo(2), "the two patients, and any the store was seeded with");
        Assert.That(await host.Permissions.ListAsync(CancellationToken.None), Is.Empty);
        Assert.That(host.Journal.Snapshot(), Is.Empty);
        Assert.That(await host.Services.GetRequiredService<IOutbox>().ListAsync(CancellationToken.None), Is.Empty);
        Assert.That(await host.Services.GetRequiredService<IFaultRuleStore>().ListAsync(CancellationToken.None), Is.Empty);
        Assert.That(host.Services.GetRequiredService<SpineDirectory>().SystemByAsid(SampleRequests.SenderAsid), Is.Not.Null, "the directory is configuration");

        using var client = new SimulatorClient(host.BaseAddress);
        await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);
        Assert.That(host.Journal.Snapshot().Single().Id, Is.GreaterThan(lastId), "an id is never reused");
    }

    [Test]
    public async Task AfterEverythingIsReset_JournalIdsStillKeepCountingUp_AcrossARestart()
    {
        using var file = new DataFile();
        long lastId;
        await using (var first = await file.StartHostAsync())
        {
            await ArrangeAsync(first, Some.NhsNumber(), Some.NhsNumber());
            lastId = first.Journal.LastId;
            await ResetAsync(first, new { everything = true });
        }

        await using var second = await file.StartHostAsync();
        using var client = new SimulatorClient(second.BaseAddress);
        await client.PostAsync(SampleRequests.Get(Some.NhsNumber().Value), BrokenGetRequests.GetAction);

        Assert.That(second.Journal.Snapshot().Single().Id, Is.EqualTo(lastId + 1), "the file remembers the highest id it gave");
    }

    [TestCase("{}", "Say what to reset")]
    [TestCase("""{"nhsNumber":"9434765919","everything":true}""", "exactly one of")]
    [TestCase("""{"asid":"  "}""", "Say what to reset")]
    public async Task AnUnclearReset_Is400_AndForgetsNothing(string body, string expected)
    {
        await using var host = await SpineSimulatorHost.StartAsync();
        var nhsNumber = Some.NhsNumber();
        await host.SeedPermissionsAsync(new PatientPermissions(nhsNumber, AcsPermission.No, AcsPermission.No));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };

        using var response = await http.PostAsync(new Uri("/admin/reset", UriKind.Relative), new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain(expected));
        Assert.That(await host.Permissions.FindAsync(nhsNumber, CancellationToken.None), Is.Not.Null);
    }

    private static Task<SpineSimulatorHost> StartAsync(DataFile file, bool inMemory) =>
        inMemory ? SpineSimulatorHost.StartAsync() : file.StartHostAsync();

    // Per patient: a Set and a Get (from the reference ASID for the first patient, another ASID for the second), one LR,
    // one queued reply to the sending system and one fault rule; an alert on the first patient's LR.
    private static async Task ArrangeAsync(SpineSimulatorHost host, NhsNumber first, NhsNumber second)
    {
        using var client = new SimulatorClient(host.BaseAddress);
        var relationships = host.Services.GetRequiredService<IRelationshipStore>();
        var outbox = host.Services.GetRequiredService<IOutbox>();
        var faults = host.Services.GetRequiredService<IFaultRuleStore>();
        foreach (var (patient, asid) in new[] { (first, SampleRequests.SenderAsid), (second, OtherAsid) })
        {
            var outgoing = SampleRequests.Outgoing() with { SenderAsid = asid };
            var (status, _, text) = await client.PostAsync(SampleRequests.Set(patient.Value, AcsPermission.No, outgoing), BrokenSetRequests.SetAction);
            Assert.That(status, Is.EqualTo(200), text);
            await client.PostAsync(SampleRequests.Get(patient.Value, outgoing), BrokenGetRequests.GetAction);
            await relationships.AddAsync(new LegitimateRelationship
            {
                Id = $"LR-{patient.Value}", NhsNumber = patient.Value, Subject = new LrSubject("555000000010", "555000000011", null), LrType = "1",
                AccessReason = "01", Justification = "Seen in clinic", AlertRequested = true, CreatedBy = Clinician, StartedAt = Start, StatusSince = Start,
            }, CancellationToken.None);
            await outbox.EnqueueAsync(new OutboundMessage
            {
                Endpoint = new Uri("http://127.0.0.1:9/inbound"), ContentType = "text/xml", SoapAction = "urn:nhs:names:services:lrs/REPC_IN020000UK13",
                Body = [1], MessageId = $"M-{patient.Value}", ConversationId = "C-1", RecipientAsid = asid, NhsNumber = patient.Value,
                ExpiresAt = DateTimeOffset.MaxValue, NextAttemptAt = DateTimeOffset.MaxValue,
            }, CancellationToken.None);
            await faults.AddAsync(new FaultRule { Kind = FaultKind.SoapFault, NhsNumber = patient.Value, Interaction = "NONE" }, CancellationToken.None);
        }

        await relationships.RaiseAlertAsync(Start, LrId.From($"LR-{first.Value}"), NhsNumber.From(first.Value), "self-claimed", Clinician, CancellationToken.None);
    }

    private static async Task<ResetSummary> ResetAsync(SpineSimulatorHost host, object body)
    {
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var response = await http.PostAsJsonAsync(new Uri("/admin/reset", UriKind.Relative), body);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK), await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ResetSummary>())!;
    }
}
