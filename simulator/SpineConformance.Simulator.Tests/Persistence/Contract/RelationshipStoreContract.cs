using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>What every LR store must do: add, find, list a patient's oldest first, add-if-none atomically, update atomically, alerts, reset, cancel, reopen.</summary>
public abstract class RelationshipStoreContract : StoreContract
{
    private static readonly DateTimeOffset Start = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly LrActor Clinician = new("555000000010", "555000000011", "200000000001", "M-1");

    [Test]
    public async Task Add_ThenFind_ReturnsTheWholeLr_AndForPatient_OnlyTheirs_OldestFirst()
    {
        var patient = Some.NhsNumber();
        var later = await Stores.Relationships.AddAsync(Lr("LR-B", patient, Start.AddMinutes(5)), None);
        var earlier = await Stores.Relationships.AddAsync(Lr("LR-A", patient, Start), None);
        await Stores.Relationships.AddAsync(Lr("LR-C", Some.NhsNumber(), Start), None);

        var found = await Stores.Relationships.FindAsync(LrId.From("LR-B"), None);
        var held = await Stores.Relationships.ForPatientAsync(patient, None);

        Assert.That(found, Is.Not.Null);
        Assert.That(found! with { History = later.History }, Is.EqualTo(later));
        Assert.That(held.Select(r => r.Id), Is.EqualTo(new[] { earlier.Id, later.Id }));
        Assert.That((await Stores.Relationships.AllAsync(None)).Select(r => r.Id), Is.EquivalentTo(new[] { "LR-A", "LR-B", "LR-C" }));
        Assert.That(await Stores.Relationships.FindAsync(LrId.From("LR-NONE"), None), Is.Null);
    }

    [Test]
    public async Task AddForPatient_SeesThePatientsLrs_AndAddsNothingWhenTheCreateDeclines()
    {
        var patient = Some.NhsNumber();
        await Stores.Relationships.AddAsync(Lr("LR-1", patient, Start), None);
        IReadOnlyList<string> seen = [];

        var declined = await Stores.Relationships.AddForPatientAsync(patient, held =>
        {
            seen = [.. held.Select(r => r.Id)];
            return null;
        }, None);
        var added = await Stores.Relationships.AddForPatientAsync(patient, held => Lr($"LR-{held.Count + 1}", patient, Start.AddMinutes(1)), None);

        Assert.That(seen, Is.EqualTo(new[] { "LR-1" }));
        Assert.That(declined, Is.Null);
        Assert.That(added?.Id, Is.EqualTo("LR-2"));
        Assert.That((await Stores.Relationships.ForPatientAsync(patient, None)).Select(r => r.Id), Is.EqualTo(new[] { "LR-1", "LR-2" }));
    }

    [Test]
    public async Task ConcurrentCreatesForOnePatient_CannotBothFindNone()
    {
        var patient = Some.NhsNumber();

        var added = await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() =>
            Stores.Relationships.AddForPatientAsync(patient, held => held.Count == 0 ? Lr($"LR-{i}", patient, Start) : null, None))));

        Assert.That(added.Count(a => a is not null), Is.EqualTo(1));
        Assert.That(await Stores.Relationships.ForPatientAsync(patient, None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Update_KeepsWhatTheChangeDecides_AndAnUnknownIdIsNotFound()
    {
        var patient = Some.NhsNumber();
        await Stores.Relationships.AddAsync(Lr("LR-1", patient, Start), None);

        var changed = await Stores.Relationships.UpdateAsync(LrId.From("LR-1"), lr => LrTransition.To(lr with { Status = LrStatus.Inactive }), None);
        var refused = await Stores.Relationships.UpdateAsync(LrId.From("LR-1"), _ => LrTransition.Refused(LrRefusal.PatientMismatch, "not theirs"), None);
        var missing = await Stores.Relationships.UpdateAsync(LrId.From("LR-NONE"), lr => LrTransition.To(lr), None);

        Assert.That(changed.Changed?.Status, Is.EqualTo(LrStatus.Inactive));
        Assert.That(refused.Refusal, Is.EqualTo(LrRefusal.PatientMismatch));
        Assert.That(missing.Refusal, Is.EqualTo(LrRefusal.NotFound));
        Assert.That((await Stores.Relationships.FindAsync(LrId.From("LR-1"), None))?.Status, Is.EqualTo(LrStatus.Inactive), "a refusal changes nothing");
    }

    [Test]
    public async Task ConcurrentUpdatesToOneLr_AreAllKept()
    {
        await Stores.Relationships.AddAsync(Lr("LR-1", Some.NhsNumber(), Start), None);

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => Stores.Relationships.UpdateAsync(LrId.From("LR-1"), lr => LrTransition.To(lr with
        {
            History = [.. lr.History, new LrStatusChange(Start, $"{i}", LrStatus.Active, LrStatus.Active, Clinician)],
        }), None))));

        var history = (await Stores.Relationships.FindAsync(LrId.From("LR-1"), None))!.History;
        Assert.That(history.Select(h => h.ReasonCode), Is.EquivalentTo(Enumerable.Range(0, 20).Select(i => $"{i}")));
    }

    [Test]
    public async Task Alerts_AreKeptInTheOrderRaised_WithIncreasingIds()
    {
        var patient = Some.NhsNumber();
        var first = await Stores.Relationships.RaiseAlertAsync(Start, LrId.From("LR-1"), patient, "self-claimed", Clinician, None);
        var second = await Stores.Relationships.RaiseAlertAsync(Start.AddMinutes(1), LrId.From("LR-2"), patient, "alert requested", Clinician, None);

        var alerts = await Stores.Relationships.AlertsAsync(None);

        Assert.That(alerts, Is.EqualTo(new[] { first, second }));
        Assert.That(second.Id, Is.GreaterThan(first.Id));
        Assert.That(first, Is.EqualTo(new PrivacyAlert(first.Id, Start, "LR-1", patient.Value, "self-claimed", Clinician)));
    }

    [Test]
    public async Task Reset_OnePatient_ForgetsTheirLrsAndAlerts_AndOneSystem_Nothing()
    {
        var (forgotten, kept) = (Some.NhsNumber(), Some.NhsNumber());
        await Stores.Relationships.AddAsync(Lr("LR-1", forgotten, Start), None);
        await Stores.Relationships.AddAsync(Lr("LR-2", kept, Start), None);
        await Stores.Relationships.RaiseAlertAsync(Start, LrId.From("LR-1"), forgotten, "self-claimed", Clinician, None);
        await Stores.Relationships.RaiseAlertAsync(Start, LrId.From("LR-2"), kept, "self-claimed", Clinician, None);

        Assert.That(await Stores.Relationships.ResetAsync(ResetScope.System("200000000001"), None), Is.EqualTo((0, 0)));
        Assert.That(await Stores.Relationships.ResetAsync(ResetScope.Patient(forgotten.Value), None), Is.EqualTo((1, 1)));
        Assert.That((await Stores.Relationships.AllAsync(None)).Select(r => r.Id), Is.EqualTo(new[] { "LR-2" }));
        Assert.That((await Stores.Relationships.AlertsAsync(None)).Select(a => a.LrId), Is.EqualTo(new[] { "LR-2" }));
    }

    [Test]
    public async Task ACancelledToken_IsRefused_AndChangesNothing()
    {
        var patient = Some.NhsNumber();

        Assert.That(() => Stores.Relationships.AddAsync(Lr("LR-1", patient, Start), Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Relationships.ForPatientAsync(patient, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Relationships.RaiseAlertAsync(Start, LrId.From("LR-1"), patient, "x", Clinician, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await Stores.Relationships.AllAsync(None), Is.Empty);
        Assert.That(await Stores.Relationships.AlertsAsync(None), Is.Empty);
    }

    [Test]
    public async Task Reopen_KeepsLrsAndAlerts_WhenTheStoragePersists()
    {
        var patient = Some.NhsNumber();
        await Stores.Relationships.AddAsync(Lr("LR-1", patient, Start) with { ExpiresAt = Start.AddDays(1), AlertRequested = true }, None);
        var changed = (await Stores.Relationships.UpdateAsync(LrId.From("LR-1"), current => LrTransition.To(current with
        {
            Status = LrStatus.Inactive,
            StatusSince = Start.AddMinutes(1),
            History = [new LrStatusChange(Start.AddMinutes(1), "03", LrStatus.Active, LrStatus.Inactive, Clinician)],
        }), None)).Changed!;
        await Stores.Relationships.RaiseAlertAsync(Start, LrId.From("LR-1"), patient, "self-claimed", Clinician, None);

        await ReopenAsync();

        var reloaded = await Stores.Relationships.FindAsync(LrId.From("LR-1"), None);
        if (!Stores.Persists)
        {
            Assert.That(reloaded, Is.Null);
            return;
        }

        Assert.That(reloaded, Is.Not.Null);
        Assert.That(reloaded! with { History = changed.History }, Is.EqualTo(changed), "every field survives");
        Assert.That(reloaded.History, Is.EqualTo(changed.History));
        Assert.That((await Stores.Relationships.AlertsAsync(None)).Single().LrId, Is.EqualTo("LR-1"));
    }

    private static LegitimateRelationship Lr(string id, NhsNumber patient, DateTimeOffset startedAt) => new()
    {
        Id = id,
        NhsNumber = patient.Value,
        Subject = new LrSubject("555000000010", "555000000011", null),
        LrType = "1",
        AccessReason = "01",
        Justification = "Seen in clinic",
        CreatedBy = Clinician,
        StartedAt = startedAt,
        StatusSince = startedAt,
    };
}
