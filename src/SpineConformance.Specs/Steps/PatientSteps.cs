using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Acs;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// Who the scenario is about and who acts: a synthetic patient of its own (allocated by the simulator, so no other run
/// sharing it has the same one), with the state it needs on Spine, and its users.
/// </summary>
[Binding]
public sealed class PatientSteps(ScenarioState state, SimulatorControl simulator, SuiteEnvironment environment, Evidence evidence)
{
    [Given("a clinician is logged in to the system under test")]
    public void ClinicianLoggedIn() => evidence.AttachJson("Test identities (from the run's settings)", environment.Identities);

    [Given("a patient with no sharing decision recorded on Spine")]
    public Task PatientWithNoDecision() => NewPatientAsync(null, null);

    [Given("^a patient who has (?:dissented from sharing|consented to sharing|consented to viewing but not storing), with View \"(.*)\" and Store \"(.*)\" on Spine$")]
    public Task PatientWithDecision(AcsPermission view, AcsPermission store) => NewPatientAsync(view, store);

    [Given("another clinician who may record sharing decisions is logged in too")]
    public void SecondClinician()
    {
        state.SecondUser = environment.Identities.SecondClinician;
        evidence.AttachJson("Second clinician (SecondRoleProfileId, SecondUserId, SecondJobRole)", state.SecondUser);
    }

    [Given("a clinician whose job role may view but not change sharing permissions")]
    public void ViewOnlyClinician()
    {
        var rbac = environment.Identities.Rbac;
        var jobRole = rbac.ViewButNotSet();
        if (jobRole is null)
        {
            Assert.Ignore($"The run's RBAC settings let every job role that may view sharing permissions also change them ({rbac}), so no user can be refused a Set only.");
        }

        state.ActingUser = environment.Identities.RestrictedUser with { JobRole = jobRole };
        evidence.AttachJson("Acting user (RestrictedRoleProfileId, RestrictedUserId; a job role in RbacViewJobRoles but not RbacSetJobRoles)", state.ActingUser);
    }

    [Given("a clinician whose job role may not view sharing permissions")]
    [Given("a clinician whose job role may not manage legitimate relationships")]
    public void RestrictedClinician()
    {
        state.ActingUser = environment.Identities.RestrictedUser;
        evidence.AttachJson("Acting user (RestrictedRoleProfileId, RestrictedUserId, RestrictedJobRole)", state.ActingUser);
    }

    private async Task NewPatientAsync(AcsPermission? view, AcsPermission? store)
    {
        // From the simulator, not made up here: on a simulator other runs share, no one else has this patient.
        var patient = await simulator.AllocatePatientAsync(CancellationToken.None);
        state.NhsNumber = patient.Value;
        if (view is not null || store is not null)
        {
            await simulator.SeedPermissionsAsync(patient, view, store, CancellationToken.None);
        }

        evidence.AttachJson("Patient on Spine", new { nhsNumber = patient.Value, view = view?.ToString() ?? "no decision", store = store?.ToString() ?? "no decision" });
    }
}
