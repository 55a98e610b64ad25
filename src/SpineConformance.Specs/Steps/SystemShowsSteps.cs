using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Hl7.Acs;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>What the system under test showed its user.</summary>
[Binding]
public sealed class SystemShowsSteps(ScenarioState state)
{
    [Then("the system shows View {string} and Store {string}")]
    public void SystemShows(string view, string store)
    {
        var shown = state.Shown ?? throw new InvalidOperationException("The last action did not look permissions up.");
        Assert.Multiple(() =>
        {
            Assert.That(shown.Outcome, Is.EqualTo("shown"), $"The system did not show permissions: {shown.Message}");
            Assert.That(shown.View, Is.EqualTo(view), "View permission shown");
            Assert.That(shown.Store, Is.EqualTo(store), "Store permission shown");
        });
    }

    [Then("the system shows the decision as recorded")]
    public void DecisionRecorded() =>
        Assert.That(state.Outcome, Is.EqualTo("recorded"), $"The system should confirm the decision; it showed: {state.Message}");

    [Then("the system refuses the action")]
    public void Refused() =>
        Assert.That(state.Outcome, Is.EqualTo("refused"), $"The system should refuse this user; it showed: {state.Outcome}: {state.Message}");

    [Then("the system shows Spine's fault to the clinician")]
    public void FaultShown()
    {
        var fault = SpineAnswers.Read(state.Exchange) as AcsResponse.Faulted ?? throw new AssertionException("Spine's answer was not a SOAP fault; the scenario's fault rule did not apply.");
        Assert.That(state.Outcome, Is.EqualTo("fault"), $"The system should report Spine's fault and show no decision; it showed: {state.Outcome}: {state.Message}");
        Assert.That(state.Message, Does.Contain(fault.Fault.FaultString), "The clinician should see Spine's fault as Spine worded it");
    }

    [Then("the system shows Spine's error to the clinician")]
    public void SpineErrorShown()
    {
        var reasons = SpineAnswers.Read(state.Exchange) is AcsResponse.Acknowledged ack ? ack.Reasons : [];
        Assert.That(state.Outcome, Is.EqualTo("spineError"), $"The system should report Spine's error and claim no success; it showed: {state.Outcome}: {state.Message}");
        Assert.That(reasons, Is.Not.Empty, "Spine's answer carried no reasons to show");
        var missing = reasons.Where(r => !state.Message.Contains(r.DisplayName, StringComparison.Ordinal)).Select(r => $"{r.Code} \"{r.DisplayName}\"").ToList();
        Assert.That(missing, Is.Empty,
            $"The clinician should see every reason Spine gave ({reasons.Count}), as Spine worded it; the system showed \"{state.Message}\", without: {string.Join(", ", missing)}");
    }

    [Then("the system shows Spine's fault to the user of the query")]
    public void QueryFaultShown()
    {
        var fault = SpineAnswers.Read(state.Exchange) as AcsResponse.Faulted ?? throw new AssertionException("Spine's answer was not a SOAP fault; the scenario's fault rule did not apply.");
        Assert.That(state.Query?.Outcome, Is.EqualTo("fault"), $"The system should report Spine's fault and show no result; it showed: {state.Query?.Outcome}: {state.Message}");
        Assert.That(state.Message, Does.Contain(fault.Fault.FaultString), "The user should see Spine's fault as Spine worded it");
    }
}
