using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence;

public sealed class RelationshipPersistenceTests
{
    private static readonly DateTimeOffset Start = new(2025, 6, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly LrActor Clinician = new("555000000010", "555000000011", "200000000001", "M-1");

    [Test]
    public async Task Restart_KeepsACreatedLr_WithItsStatusHistory_AndItsAlert()
    {
        using var file = new DataFile();
        var nhsNumber = Some.NhsNumber().Value;
        var lr = NewLr("LR-1", nhsNumber, Start);
        await using (var first = await file.StartHostAsync())
        {
            var store = first.Services.GetRequiredService<IRelationshipStore>();
            await store.AddAsync(lr, CancellationToken.None);
            await store.AddAsync(NewLr("LR-0", nhsNumber, Start.AddMinutes(-1)), CancellationToken.None);
            await store.AddAsync(NewLr("LR-other", Some.NhsNumber().Value, Start), CancellationToken.None);
            var outcome = await store.UpdateAsync(LrId.From("LR-1"), current => LrTransition.To(current with
            {
                Status = LrStatus.Inactive,
                StatusSince = Start.AddHours(1),
                ExpiresAt = Start.AddDays(1),
                History = [.. current.History, new LrStatusChange(Start.AddHours(1), "11", LrStatus.Active, LrStatus.Inactive, Clinician)],
            }), CancellationToken.None);
            Assert.That(outcome.Changed, Is.Not.Null);
            await store.RaiseAlertAsync(Start.AddMinutes(5), LrId.From("LR-1"), NhsNumber.From(nhsNumber), "self-claimed", Clinician, CancellationToken.None);
        }

        await using var second = await file.StartHostAsync();
        var reloaded = second.Services.GetRequiredService<IRelationshipStore>();

        var found = (await reloaded.FindAsync(LrId.From("LR-1"), CancellationToken.None))!;
        Assert.That(found with { History = lr.History }, Is.EqualTo(lr with
        {
            Status = LrStatus.Inactive, StatusSince = Start.AddHours(1), ExpiresAt = Start.AddDays(1),
        }), "every field survives");
        Assert.That(found.History, Is.EqualTo(new[] { new LrStatusChange(Start.AddHours(1), "11", LrStatus.Active, LrStatus.Inactive, Clinician) }));
        Assert.That((await reloaded.ForPatientAsync(NhsNumber.From(nhsNumber), CancellationToken.None)).Select(r => r.Id), Is.EqualTo(new[] { "LR-0", "LR-1" }), "by patient, in start order");
        Assert.That(await reloaded.AllAsync(CancellationToken.None), Has.Count.EqualTo(3));
        Assert.That(await reloaded.AlertsAsync(CancellationToken.None), Is.EqualTo(new[] { new PrivacyAlert(1, Start.AddMinutes(5), "LR-1", nhsNumber, "self-claimed", Clinician) }));
        Assert.That((await reloaded.UpdateAsync(LrId.From("LR-missing"), l => LrTransition.To(l), CancellationToken.None)).Refusal, Is.EqualTo(LrRefusal.NotFound));
    }

    [Test]
    public async Task ConcurrentUpdates_OnOneLr_AreSerialised_AndNoneIsLost()
    {
        using var file = new DataFile();
        await using var host = await file.StartHostAsync();
        var store = host.Services.GetRequiredService<IRelationshipStore>();
        await store.AddAsync(NewLr("LR-2", Some.NhsNumber().Value, Start), CancellationToken.None);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => store.UpdateAsync(LrId.From("LR-2"), current => LrTransition.To(current with
        {
            History = [.. current.History, new LrStatusChange(Start.AddSeconds(i), $"{i}", LrStatus.Active, LrStatus.Active, Clinician)],
        }), CancellationToken.None))));

        Assert.That((await store.FindAsync(LrId.From("LR-2"), CancellationToken.None))!.History.Select(h => h.ReasonCode), Is.EquivalentTo(Enumerable.Range(0, 20).Select(i => $"{i}")));
    }

    private static LegitimateRelationship NewLr(string id, string nhsNumber, DateTimeOffset at) => new()
    {
        Id = id,
        NhsNumber = nhsNumber,
        Subject = new LrSubject("555000000010", "555000000011", null),
        LrType = "1",
        AccessReason = "01",
        Justification = "Seen in clinic",
        AlertRequested = true,
        CreatedBy = Clinician,
        StartedAt = at,
        StatusSince = at,
    };
}
