using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Specs.Support;

namespace SpineConformance.Samples.MyGpSystemDriver;

/// <summary>
/// A step only MyGP has: its screen tells the clinician in its own words what the patient decided. It sits beside the
/// suite's steps (from SpineConformance.Specs) and receives the same scenario state.
/// </summary>
[Binding]
public sealed class MyGpSystemSteps(ScenarioState state)
{
    [Then("MyGP tells the clinician to ask the patient")]
    public void AskThePatient()
    {
        Assert.That(state.Outcome, Is.EqualTo("shown"));
        Assert.That(state.Message, Does.Contain("ask the patient").IgnoreCase, "MyGP's message for a patient at Ask");
    }
}
