using SpineConformance.Gherkin;
using SpineConformance.Specs.Drivers;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>The clinician's action, through the SUT driver, and what the SUT then shows.</summary>
[Binding]
public sealed class ViewPermissionsSteps(ScenarioState state, ISutDriver sut, SimulatorControl simulator, Evidence evidence)
{
    [When("the clinician views the patient's sharing permissions")]
    public Task ViewForScenarioPatient() => ViewAsync(state.NhsNumber);

    [When("the clinician views sharing permissions for NHS number \"(.*)\"")]
    public Task ViewFor(string nhsNumber)
    {
        state.NhsNumber = nhsNumber;
        return ViewAsync(nhsNumber);
    }

    [Then("the system shows View \"(.*)\" and Store \"(.*)\"")]
    public void SystemShows(string view, string store)
    {
        Assert.Multiple(() =>
        {
            Assert.That(state.Shown.Outcome, Is.EqualTo("shown"), $"The system did not show permissions: {state.Shown.Message}");
            Assert.That(state.Shown.View, Is.EqualTo(view), "View permission shown");
            Assert.That(state.Shown.Store, Is.EqualTo(store), "Store permission shown");
        });
    }

    [Then("the system shows Spine's error to the clinician")]
    public void SystemShowsSpineError()
    {
        var reasons = SpineAnswers.Read(state.Exchange) is Hl7.Acs.AcsResponse.Acknowledged ack ? ack.Reasons : [];
        Assert.That(state.Shown.Outcome, Is.EqualTo("spineError"), $"The system should report Spine's error; it showed: {state.Shown.Message}");
        Assert.That(reasons, Is.Not.Empty, "Spine's answer carried no reasons to show");
        Assert.That(state.Shown.Message, Does.Contain(reasons[^1].DisplayName),
            "The clinician should see Spine's most specific reason, as Spine worded it");
    }

    private async Task ViewAsync(string nhsNumber)
    {
        state.Shown = await sut.ViewPermissionsAsync(nhsNumber, CancellationToken.None);
        evidence.AttachJson("What the system showed", state.Shown);
        state.Exchange = await simulator.WaitForExchangeAsync(nhsNumber, CancellationToken.None);
        evidence.AttachExchange(state.Exchange);
    }
}
