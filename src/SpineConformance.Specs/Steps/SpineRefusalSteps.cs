using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// Spine refusing a valid request about a valid patient, through a fault rule keyed on the scenario's patient, so an
/// error-display scenario never needs the system to send something invalid (which a careful system refuses to do).
/// </summary>
[Binding]
public sealed class SpineRefusalSteps(ScenarioState state, SimulatorControl simulator, Evidence evidence)
{
    [Given("^Spine will refuse the system's next (Get|Has|Set) Resource Permissions for the patient with its error (\\d+) \"(.*)\"$")]
    public async Task WillRefuse(string interaction, string code, string text)
    {
        var rule = await simulator.AddFaultRuleAsync(new FaultRule
        {
            Kind = FaultKind.BusinessError,
            Interaction = interaction switch
            {
                "Get" => AcsInteractions.Get.InteractionId,
                "Has" => AcsInteractions.Has.InteractionId,
                _ => AcsInteractions.Set.InteractionId,
            },
            NhsNumber = state.NhsNumber,
            Code = code,
            Text = text,
            RemainingUses = 1,
        });
        evidence.AttachJson("Fault rule", rule);
    }

    [Then("Spine answered with its application error {word}")]
    public void AnsweredWithError(string code)
    {
        var answer = SpineAnswers.Read(state.Exchange);
        evidence.AttachJson("Spine's answer", answer.ToString());
        Assert.That(answer, Is.TypeOf<AcsResponse.Acknowledged>().With.Property("Type").EqualTo(AcknowledgementType.AE),
            $"Spine should have answered with an MCCI AE (the scenario's fault rule); it answered {answer}");
        Assert.That(((AcsResponse.Acknowledged)answer).Reasons.Select(r => r.Code), Does.Contain(code));
    }
}
