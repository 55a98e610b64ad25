using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Simulator.Lr;
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
            await store.AddAsync(lr);
            await store.AddAsync(NewLr("LR-0", nhsNumber, Start.AddMinutes(-1)));
            await store.AddAsync(NewLr("LR-other", Some.NhsNumber().Value, Start));
            var outcome = await store.UpdateAsync("LR-1", current => LrTransition.To(current with
            {
                Status = LrStatus.Inactive,
                StatusSince = Start.AddHours(1),
                ExpiresAt = Start.AddDays(1),
                History = [.. current.History, new LrStatusChange(Start.AddHours(1), "11", LrStatus.Active, LrStatus.Inactive, Clinician)],
            }));
            Assert.That(outcome.Changed, Is.Not.Null);
            await store.RaiseAlertAsync(Start.AddMinutes(5), "LR-1", nhsNumber, "self-claimed", Clinician);
        }

        await using var second = await file.StartHostAsync();
        var reloaded = second.Services.GetRequiredService<IRelationshipStore>();

        var found = reloaded.Find("LR-1")!;
        Assert.That(found with { History = lr.History }, Is.EqualTo(lr with
        {
            Status = LrStatus.Inactive, StatusSince = Start.AddHours(1), ExpiresAt = Start.AddDays(1),
        }), "every field survives");
        Assert.That(found.History, Is.EqualTo(new[] { new LrStatusChange(Start.AddHours(1), "11", LrStatus.Active, LrStatus.Inactive, Clinician) }));
        Assert.That(reloaded.ForPatient(nhsNumber).Select(r => r.Id), Is.EqualTo(new[] { "LR-0", "LR-1" }), "by patient, in start order");
        Assert.That(reloaded.All(), Has.Count.EqualTo(3));
        Assert.That(reloaded.Alerts(), Is.EqualTo(new[] { new PrivacyAlert(1, Start.AddMinutes(5), "LR-1", nhsNumber, "self-claimed", Clinician) }));
        Assert.That((await reloaded.UpdateAsync("LR-missing", l => LrTransition.To(l))).Refusal, Is.EqualTo(LrRefusal.NotFound));
    }

    [Test]
    public async Task ConcurrentUpdates_OnOneLr_AreSerialised_AndNoneIsLost()
    {
        using var file = new DataFile();
        await using var host = await file.StartHostAsync();
        var store = host.Services.GetRequiredService<IRelationshipStore>();
        await store.AddAsync(NewLr("LR-2", Some.NhsNumber().Value, Start));

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => store.UpdateAsync("LR-2", current => LrTransition.To(current with
        {
            History = [.. current.History, new LrStatusChange(Start.AddSeconds(i), $"{i}", LrStatus.Active, LrStatus.Active, Clinician)],
        })))));

        Assert.That(store.Find("LR-2")!.History.Select(h => h.ReasonCode), Is.EquivalentTo(Enumerable.Range(0, 20).Select(i => $"{i}")));
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
