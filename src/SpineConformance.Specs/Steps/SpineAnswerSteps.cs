using SpineConformance.Gherkin;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>What Spine (the simulator) answered: checked so a scenario fails for the right reason.</summary>
[Binding]
public sealed class SpineAnswerSteps(ScenarioState state)
{
    [Then("Spine answers with no access control assertion")]
    public void NoAssertion() =>
        Assert.That(Permissions().Assertions, Is.Empty, "a patient at the default (Ask) has no assertion");

    [Then("Spine answers with View \"(.*)\" and Store \"(.*)\"")]
    public void Answers(AcsPermission view, AcsPermission store)
    {
        var permissions = Permissions();
        Assert.That((permissions.PermissionFor(AcsFunction.View), permissions.PermissionFor(AcsFunction.Store)), Is.EqualTo((view, store)));
    }

    [Then("Spine answers with an application error for \"(.*)\"")]
    public void ApplicationError(string faultName)
    {
        var answer = SpineAnswers.Read(state.Exchange);
        Assert.That(answer, Is.TypeOf<AcsResponse.Acknowledged>(), $"Spine should have answered with an MCCI AE; it answered {answer}");
        var ack = (AcsResponse.Acknowledged)answer;
        Assert.That(ack.Type, Is.EqualTo(AcknowledgementType.AE));
        Assert.That(state.Exchange.Validation.DecidingErrors.Select(f => f.FaultName), Does.Contain(faultName));
    }

    private ResourcePermissions Permissions()
    {
        var answer = SpineAnswers.Read(state.Exchange);
        return answer is AcsResponse.PermissionsReturned returned
            ? returned.Permissions
            : throw new AssertionException($"Spine should have returned permissions; it answered {answer}. Findings: {state.Exchange.Validation}");
    }
}
