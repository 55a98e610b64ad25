using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>What Spine (the simulator) holds after LR requests: relationships, their status, and privacy-officer alerts.</summary>
[Binding]
public sealed class LrSpineSteps(ScenarioState state, SimulatorControl simulator, SuiteEnvironment environment, Evidence evidence)
{
    [Then("Spine holds an Active LR of type {string} between the patient and the clinician's role profile")]
    public Task HoldsForUser(string lrType) => HoldsAsync(lrType, new LrSubject(environment.Identities.RoleProfileId.Value, environment.Identities.UserId.Value, null));

    [Then("Spine holds an Active LR of type {string} between the patient and the workgroup")]
    public Task HoldsForWorkgroup(string lrType) => HoldsAsync(lrType, new LrSubject(null, null, environment.Identities.WorkgroupId));

    [Then("Spine holds exactly one LR for the patient")]
    public async Task HoldsOne() => Assert.That(await simulator.RelationshipsAsync(state.NhsNumber), Has.Count.EqualTo(1));

    [Then("Spine holds the LR as Inactive")]
    public async Task HoldsInactive()
    {
        var lr = (await simulator.RelationshipsAsync(state.NhsNumber)).Single(r => r.Id == state.LrId);
        evidence.AttachJson("LR held on Spine", lr);
        Assert.That(lr.Status, Is.EqualTo(LrStatus.Inactive));
        Assert.That(lr.History[^1].ReasonCode, Is.Not.Empty);
    }

    [Then("Spine raised a privacy-officer alert for the patient's LR")]
    public async Task Alert()
    {
        var alerts = await simulator.AlertsAsync(state.NhsNumber);
        evidence.AttachJson("Privacy-officer alerts", alerts);
        Assert.That(alerts.Select(a => a.LrId), Does.Contain(state.LrId));
    }

    private async Task HoldsAsync(string lrType, LrSubject subject)
    {
        var held = await simulator.RelationshipsAsync(state.NhsNumber);
        evidence.AttachJson("LRs held on Spine", held);
        var lr = held.SingleOrDefault(r => r.Id == state.LrId);
        Assert.That(lr, Is.Not.Null, $"Spine holds no LR {state.LrId} for {state.NhsNumber}");
        Assert.That((lr!.Status, lr.LrType, lr.Subject), Is.EqualTo((LrStatus.Active, lrType, subject)));
    }
}
