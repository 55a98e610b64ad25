using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// Where the specifications leave a choice to the system: whether it checks something itself before calling Spine. Either
/// a refusal of its own with nothing sent, or Spine's error shown, passes; anything else fails naming what the system did.
/// </summary>
[Binding]
public sealed class SystemChoiceSteps(ScenarioState state, SimulatorControl simulator, LrActionSteps lrActions, Evidence evidence)
{
    [Then("the system refuses the NHS number itself and sends nothing, or shows Spine's error")]
    public void RefusedOrSpineErrorShown()
    {
        var exchanges = state.Exchanges;
        if (state.Outcome == "refused")
        {
            Assert.That(exchanges, Is.Empty,
                $"The system refused NHS number {state.NhsNumber} itself, but still sent {exchanges.Count} message(s) to Spine about it ({Interactions(exchanges)}).");
            evidence.AttachJson("The system's choice", new { choice = "refused before sending", message = state.Message });
            return;
        }

        if (exchanges.Count != 1)
        {
            Assert.Fail($"The system showed {state.Outcome}: '{state.Message}' and sent {exchanges.Count} message(s) to Spine about NHS number {state.NhsNumber} ({Interactions(exchanges)}). "
                + "Expected either a refusal of its own (outcome refused, nothing sent) or one request whose AE from Spine it shows (outcome spineError).");
        }

        var answer = SpineAnswers.Read(exchanges[0]);
        var reasons = answer is AcsResponse.Acknowledged { Type: not AcknowledgementType.AA } error ? error.Reasons : [];
        Assert.That(reasons, Is.Not.Empty, $"The system sent NHS number {state.NhsNumber} to Spine, which did not refuse it ({answer}); the scenario needs a number Spine refuses.");
        Assert.That(state.Outcome, Is.EqualTo("spineError"),
            $"The system sent NHS number {state.NhsNumber} to Spine and Spine refused it ({string.Join("; ", reasons.Select(r => $"{r.Code} {r.DisplayName}"))}), "
            + $"but the system showed {state.Outcome}: '{state.Message}'. It should show Spine's error and no decision, or refuse the number itself without sending it.");
        Assert.That(state.Message, Does.Contain(reasons[^1].DisplayName), "The clinician should see Spine's most specific reason, as Spine worded it");
        evidence.AttachJson("The system's choice", new { choice = "sent, and showed Spine's error", message = state.Message });
    }

    [Then("the system refuses the request itself and sends nothing, or shows Spine's rejection once Spine's reply arrives")]
    public async Task RefusedOrRejectionShown()
    {
        var accepted = state.Async ?? throw new InvalidOperationException("No asynchronous request was made.");
        if (accepted.Outcome == "refused")
        {
            var sent = await simulator.ExchangesForAsync(state.NhsNumber);
            Assert.That(sent, Is.Empty, $"The system refused the request itself, but still sent {sent.Count} message(s) to Spine about the patient ({Interactions(sent)}).");
            evidence.AttachJson("The system's choice", new { choice = "refused before sending", message = accepted.Message });
            return;
        }

        var outcome = await lrActions.OutcomeAsync();
        Assert.That(outcome.Outcome, Is.EqualTo("spineError"),
            $"The system sent the request and Spine rejected it, but once Spine's reply arrived the system showed {outcome.Outcome}: '{outcome.Message}'. "
            + "It should show Spine's rejection, or refuse the request itself without sending it.");
        evidence.AttachJson("The system's choice", new { choice = "sent, and showed Spine's rejection", message = outcome.Message });
    }

    private static string Interactions(IReadOnlyList<JournalEntry> exchanges) =>
        exchanges.Count == 0 ? "none" : string.Join(", ", exchanges.Select(e => e.InteractionId ?? "unknown interaction"));
}
