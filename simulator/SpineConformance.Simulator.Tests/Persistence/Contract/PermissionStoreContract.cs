using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>What every permission store must do: apply, find, history in order, list, reset by scope, cancel, and (when it persists) survive a reopen.</summary>
public abstract class PermissionStoreContract : StoreContract
{
    private static readonly DateTimeOffset At = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly ChangeAuthor Clinician = new("555000000010", "555000000011", "R8000", "200000000001", "M-1");

    [Test]
    public async Task Find_APatientNeverSet_IsNull()
    {
        Assert.That(await Stores.Permissions.FindAsync(Some.NhsNumber(), None), Is.Null);
    }

    [Test]
    public async Task Apply_ThenFind_HoldsTheNewValues_AndNullClearsADecision()
    {
        var patient = Some.NhsNumber();
        await Apply(patient, (AcsFunction.View, AcsPermission.No), (AcsFunction.Store, AcsPermission.Yes));
        var after = await Apply(patient, (AcsFunction.Store, null));

        Assert.That(after, Is.EqualTo(new PatientPermissions(patient, AcsPermission.No, null)));
        Assert.That(await Stores.Permissions.FindAsync(patient, None), Is.EqualTo(after));
    }

    [Test]
    public async Task History_KeepsEveryChangeInOrder_WithTheValueBeforeAndAfterAndWhoMadeIt()
    {
        var patient = Some.NhsNumber();
        await Apply(patient, (AcsFunction.View, AcsPermission.No));
        await Apply(patient, (AcsFunction.View, AcsPermission.Yes));
        await Apply(Some.NhsNumber(), (AcsFunction.View, AcsPermission.No));

        var history = await Stores.Permissions.HistoryAsync(patient, None);

        Assert.That(history.Select(h => (h.Function, h.OldValue, h.NewValue)),
            Is.EqualTo(new (AcsFunction, AcsPermission?, AcsPermission?)[] { (AcsFunction.View, null, AcsPermission.No), (AcsFunction.View, AcsPermission.No, AcsPermission.Yes) }));
        Assert.That(history.Select(h => h.Sequence), Is.Ordered.Ascending.And.Unique);
        Assert.That(history.Select(h => (h.By, h.ChangedAt, h.NhsNumber)), Is.All.EqualTo((Clinician, At, patient.Value)));
    }

    [Test]
    public async Task List_HoldsEveryPatientWithState_InNhsNumberOrder()
    {
        var patients = new[] { Some.NhsNumber(), Some.NhsNumber(), Some.NhsNumber() };
        foreach (var patient in patients)
        {
            await Apply(patient, (AcsFunction.View, AcsPermission.No));
        }

        var listed = await Stores.Permissions.ListAsync(None);

        Assert.That(listed.Select(p => p.NhsNumber.Value), Is.EqualTo(patients.Select(p => p.Value).Order(StringComparer.Ordinal)));
    }

    [Test]
    public async Task Reset_OnePatient_ForgetsTheirStateAndHistory_AndNoOneElses()
    {
        var (forgotten, kept) = (Some.NhsNumber(), Some.NhsNumber());
        await Apply(forgotten, (AcsFunction.View, AcsPermission.No));
        await Apply(kept, (AcsFunction.View, AcsPermission.No));

        var count = await Stores.Permissions.ResetAsync(ResetScope.Patient(forgotten.Value), None);

        Assert.That(count, Is.EqualTo(1));
        Assert.That(await Stores.Permissions.FindAsync(forgotten, None), Is.Null);
        Assert.That(await Stores.Permissions.HistoryAsync(forgotten, None), Is.Empty);
        Assert.That(await Stores.Permissions.FindAsync(kept, None), Is.Not.Null);
        Assert.That(await Stores.Permissions.HistoryAsync(kept, None), Has.Count.EqualTo(1));
    }

    [Test]
    public async Task Reset_OneSystem_LeavesPatientsAlone_AndEverything_ForgetsThemAll()
    {
        var patient = Some.NhsNumber();
        await Apply(patient, (AcsFunction.View, AcsPermission.No));

        Assert.That(await Stores.Permissions.ResetAsync(ResetScope.System("200000000001"), None), Is.Zero, "patients' state is not a system's");
        Assert.That(await Stores.Permissions.FindAsync(patient, None), Is.Not.Null);
        Assert.That(await Stores.Permissions.ResetAsync(ResetScope.Everything, None), Is.EqualTo(1));
        Assert.That(await Stores.Permissions.ListAsync(None), Is.Empty);
    }

    [Test]
    public async Task ACancelledToken_IsRefused_AndChangesNothing()
    {
        var patient = Some.NhsNumber();

        Assert.That(() => Stores.Permissions.ApplyAsync(patient, Values((AcsFunction.View, AcsPermission.No)), Clinician, At, Cancelled),
            Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Permissions.FindAsync(patient, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(await Stores.Permissions.FindAsync(patient, None), Is.Null);
    }

    [Test]
    public async Task Reopen_KeepsStateAndHistory_WhenTheStoragePersists()
    {
        var patient = Some.NhsNumber();
        await Apply(patient, (AcsFunction.View, AcsPermission.No));

        await ReopenAsync();

        Assert.That(await Stores.Permissions.FindAsync(patient, None), Stores.Persists ? Is.EqualTo(new PatientPermissions(patient, AcsPermission.No, null)) : Is.Null);
        Assert.That(await Stores.Permissions.HistoryAsync(patient, None), Has.Count.EqualTo(Stores.Persists ? 1 : 0));
    }

    private Task<PatientPermissions> Apply(NhsNumber patient, params (AcsFunction Function, AcsPermission? Value)[] values) =>
        Stores.Permissions.ApplyAsync(patient, Values(values), Clinician, At, None);

    private static Dictionary<AcsFunction, AcsPermission?> Values(params (AcsFunction Function, AcsPermission? Value)[] values) =>
        values.ToDictionary(v => v.Function, v => v.Value);
}
