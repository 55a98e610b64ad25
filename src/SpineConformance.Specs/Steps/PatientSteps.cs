using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Acs;
using SpineConformance.Specs.Support;
using SpineConformance.Testing;

namespace SpineConformance.Specs.Steps;

/// <summary>Who the scenario is about and who acts: a synthetic patient of its own, with the state it needs on Spine, and its users.</summary>
[Binding]
public sealed class PatientSteps(ScenarioState state, SimulatorControl simulator, SuiteEnvironment environment, Evidence evidence)
{
    [Given("a clinician is logged in to the system under test")]
    public void ClinicianLoggedIn() => evidence.AttachJson("Test identities", environment.Identities);

    [Given("a patient with no sharing decision recorded on Spine")]
    public Task PatientWithNoDecision() => NewPatientAsync(null, null);

    [Given("^a patient who has (?:dissented from|consented to) sharing, with View \"(.*)\" and Store \"(.*)\" on Spine$")]
    public Task PatientWithDecision(AcsPermission view, AcsPermission store) => NewPatientAsync(view, store);

    [Given("a second clinician with role profile {string}, user id {string} and job role {string}")]
    public void SecondClinician(string roleProfileId, string userId, string jobRole) =>
        state.SecondUser = new SutUser(roleProfileId, userId, jobRole);

    [Given("^a clinician whose job role \"(.*)\" may (?:view but not change|not view) sharing permissions$")]
    [Given("a clinician whose job role {string} may not manage legitimate relationships")]
    public void RestrictedClinician(string jobRole)
    {
        state.ActingUser = new SutUser("100000000021", "100000000022", jobRole);
        evidence.AttachJson("Acting user", state.ActingUser);
    }

    private async Task NewPatientAsync(AcsPermission? view, AcsPermission? store)
    {
        var patient = Some.NhsNumber();
        state.NhsNumber = patient.Value;
        if (view is not null || store is not null)
        {
            await simulator.SeedPermissionsAsync(patient, view, store, CancellationToken.None);
        }

        evidence.AttachJson("Patient on Spine", new { nhsNumber = patient.Value, view = view?.ToString() ?? "no decision", store = store?.ToString() ?? "no decision" });
    }
}
