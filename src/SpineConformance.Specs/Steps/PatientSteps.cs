using SpineConformance.Gherkin;
using SpineConformance.Hl7.Acs;
using SpineConformance.Specs.Support;
using SpineConformance.Testing;

namespace SpineConformance.Specs.Steps;

/// <summary>Who the scenario is about: a synthetic patient of its own, with the state it needs on Spine.</summary>
[Binding]
public sealed class PatientSteps(ScenarioState state, SimulatorControl simulator, SuiteEnvironment environment, Evidence evidence)
{
    [Given("a clinician is logged in to the system under test")]
    public void ClinicianLoggedIn() => evidence.AttachJson("Test identities", environment.Identities);

    [Given("a patient with no sharing decision recorded on Spine")]
    public Task PatientWithNoDecision() => NewPatientAsync(null, null);

    [Given("a patient who has dissented from sharing, with View \"(.*)\" and Store \"(.*)\" on Spine")]
    public Task PatientWithDecision(AcsPermission view, AcsPermission store) => NewPatientAsync(view, store);

    private async Task NewPatientAsync(AcsPermission? view, AcsPermission? store)
    {
        var patient = Some.NhsNumber();
        state.NhsNumber = patient.Value;
        await simulator.SeedPermissionsAsync(patient, view, store, CancellationToken.None);
        evidence.AttachJson("Patient on Spine", new { nhsNumber = patient.Value, view = view?.ToString() ?? "no decision", store = store?.ToString() ?? "no decision" });
    }
}
