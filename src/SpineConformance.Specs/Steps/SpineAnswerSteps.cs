using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>What Spine (the simulator) answered, and what it now holds: checked so a scenario fails for the right reason.</summary>
[Binding]
public sealed class SpineAnswerSteps(ScenarioState state, SimulatorControl simulator, SuiteEnvironment environment, Evidence evidence)
{
    /// <summary>A business refusal with several reasons, injected for a valid request about a valid patient (a fault rule).</summary>
    [Given("Spine will refuse the system's next request about the patient with the reasons:")]
    public async Task RefuseWithReasons(DataTable reasons)
    {
        var rule = new FaultRule
        {
            Kind = FaultKind.BusinessError, NhsNumber = state.NhsNumber, RemainingUses = 1,
            Reasons = [.. reasons.Rows.Select(r => new FaultReason(r["code"], r["text"]))],
        };
        evidence.AttachJson("Fault rule", await simulator.AddFaultRuleAsync(rule));
    }

    [Then("Spine answers with the reasons it was told to give")]
    public void AnswersWithReasons()
    {
        var answer = SpineAnswers.Read(state.Exchange);
        Assert.That(answer, Is.TypeOf<AcsResponse.Acknowledged>().With.Property("Type").EqualTo(AcknowledgementType.AE),
            $"Spine should have answered with an MCCI AE; it answered {answer}");
        Assert.That(((AcsResponse.Acknowledged)answer).Reasons, Has.Count.GreaterThan(1), "the fault rule's reasons, all of them");
    }

    [Then("Spine answers with no access control assertion")]
    public void NoAssertion() =>
        Assert.That(Permissions().Assertions, Is.Empty, "a patient at the default (Ask) has no assertion");

    [Then("^Spine answers(?: Has)? with View \"(.*)\" and Store \"(.*)\"$")]
    public void Answers(AcsPermission view, AcsPermission store)
    {
        var permissions = Permissions();
        Assert.That((permissions.PermissionFor(AcsFunction.View), permissions.PermissionFor(AcsFunction.Store)), Is.EqualTo((view, store)));
    }

    [Then("Spine answers with an application error for {string}")]
    public void ApplicationError(string faultName)
    {
        var answer = SpineAnswers.Read(state.Exchange);
        Assert.That(answer, Is.TypeOf<AcsResponse.Acknowledged>().With.Property("Type").EqualTo(AcknowledgementType.AE),
            $"Spine should have answered with an MCCI AE; it answered {answer}");
        Assert.That(state.Exchange.Validation.DecidingErrors.Select(f => f.FaultName), Does.Contain(faultName));
    }

    [Then("^Spine's reasons are (.*) \"(.*)\" then (.*)$")]
    public void Reasons(string generalCode, string generalText, string specificCode)
    {
        var reasons = ((AcsResponse.Acknowledged)SpineAnswers.Read(state.Exchange)).Reasons;
        Assert.That(reasons.Select(r => r.Code), Is.EqualTo(new[] { generalCode, specificCode }));
        Assert.That(reasons[0].DisplayName, Is.EqualTo(generalText));
    }

    [Then("Spine accepts the change")]
    public void Accepts() => AssertAccepted(state.Exchange);

    [Then("Spine accepts both changes")]
    public void AcceptsBoth()
    {
        Assert.That(state.Exchanges, Has.Count.EqualTo(2), "each clinician's Set should reach Spine");
        foreach (var exchange in state.Exchanges)
        {
            AssertAccepted(exchange);
        }
    }

    [Then("Spine now/still holds View {string} and Store {string}")]
    public async Task Holds(AcsPermission view, AcsPermission store)
    {
        var held = await simulator.PermissionsAsync(state.NhsNumber, CancellationToken.None);
        evidence.AttachJson("Held on Spine", new { view = held.View?.ToString() ?? "Ask", store = held.Store?.ToString() ?? "Ask" });
        Assert.That((held.View ?? AcsPermission.Ask, held.Store ?? AcsPermission.Ask), Is.EqualTo((view, store)));
    }

    [Then("Spine now/still holds no decision for View or Store")]
    public Task HoldsNothing() => Holds(AcsPermission.Ask, AcsPermission.Ask);

    [Then("Spine now holds the decision applied last, the same for View and Store")]
    public async Task HoldsLast()
    {
        var held = await simulator.PermissionsAsync(state.NhsNumber, CancellationToken.None);
        var history = await simulator.HistoryAsync(state.NhsNumber, CancellationToken.None);
        Assert.That(held.View, Is.EqualTo(held.Store), "View and Store were set together by each clinician");
        Assert.That(held.View, Is.EqualTo(history[^1].NewValue), "the held value is the last one applied");
    }

    [Then("the patient's history records the change by the logged-in user from the system's ASID")]
    public async Task HistoryByLoggedInUser()
    {
        var history = await simulator.HistoryAsync(state.NhsNumber, CancellationToken.None);
        evidence.AttachJson("Permission history", history);
        var identities = environment.Identities;
        var last = history.TakeLast(2).ToList();
        Assert.That(last.Select(h => h.Function), Is.EquivalentTo(new[] { AcsFunction.View, AcsFunction.Store }));
        Assert.That(last, Has.All.Matches<PermissionChange>(h =>
            h.By.UserId == identities.UserId.Value && h.By.RoleProfileId == identities.RoleProfileId.Value && h.By.SystemAsid == identities.SystemAsid.Value));
        Assert.That(last, Has.All.Matches<PermissionChange>(h => h.OldValue == h.NewValue), "the value did not change");
    }

    [Then("the patient's history holds both changes, each from its clinician, in the order Spine applied them")]
    public async Task HistoryHoldsBoth()
    {
        var history = await simulator.HistoryAsync(state.NhsNumber, CancellationToken.None);
        evidence.AttachJson("Permission history", history);
        var second = state.SecondUser!;
        Assert.That(history, Has.Count.EqualTo(4), "two functions for each of two Sets");
        Assert.That(history.Select(h => h.By.UserId).Distinct(), Is.EquivalentTo(new[] { environment.Identities.UserId.Value, second.UserId }));
        foreach (var function in new[] { AcsFunction.View, AcsFunction.Store })
        {
            var changes = history.Where(h => h.Function == function).ToList();
            Assert.That(changes[1].OldValue, Is.EqualTo(changes[0].NewValue), $"the second {function} change starts from the first: no update lost");
        }
    }

    private static void AssertAccepted(JournalEntry exchange)
    {
        var answer = SpineAnswers.Read(exchange);
        Assert.That(answer, Is.TypeOf<AcsResponse.Acknowledged>().With.Property("Type").EqualTo(AcknowledgementType.AA),
            $"Spine should have accepted the change with MCCI AA; it answered {answer}. Findings: {exchange.Validation}");
    }

    private ResourcePermissions Permissions()
    {
        var answer = SpineAnswers.Read(state.Exchange);
        return answer is AcsResponse.PermissionsReturned returned
            ? returned.Permissions
            : throw new AssertionException($"Spine should have returned permissions; it answered {answer}. Findings: {state.Exchange.Validation}");
    }
}
