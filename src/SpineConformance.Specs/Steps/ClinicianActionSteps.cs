using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>What the clinician does, through the SUT driver; each action records what the SUT showed and the exchanges it caused.</summary>
[Binding]
public sealed class ClinicianActionSteps(ScenarioState state, ISutDriver sut, SimulatorControl simulator, Evidence evidence)
{
    [When("the clinician views the patient's sharing permissions")]
    public Task View() => LookUpAsync(state.NhsNumber, actingUser: null, check: false);

    [When("that clinician views the patient's sharing permissions")]
    public Task ViewAsActingUser() => LookUpAsync(state.NhsNumber, state.ActingUser, check: false);

    [When("the clinician views sharing permissions for NHS number {string}")]
    public Task ViewFor(string nhsNumber)
    {
        state.NhsNumber = nhsNumber;
        return LookUpAsync(nhsNumber, actingUser: null, check: false);
    }

    [When("the clinician views sharing permissions for an NHS number with a wrong check digit")]
    public async Task ViewForWrongCheckDigit()
    {
        // A fresh valid number with its check digit changed: Modulus 11 allows one check digit, so any other is wrong. The
        // number is the simulator's to hand out, so no other run sharing the simulator looks it up at the same time.
        var valid = (await simulator.AllocatePatientAsync(CancellationToken.None)).Value;
        var wrong = valid[..9] + (char)('0' + ((valid[9] - '0' + 1) % 10));
        state.NhsNumber = wrong;
        evidence.AttachJson("NHS number with a wrong check digit", new { nhsNumber = wrong, validForm = valid });
        await LookUpAsync(wrong, actingUser: null, check: false);
    }

    [When("the clinician checks whether the patient's permission exists")]
    public Task Check() => LookUpAsync(state.NhsNumber, actingUser: null, check: true);

    [When("the clinician records the patient's decision {string}")]
    public Task Record(SharingDecision decision) => RecordAsync(state.NhsNumber, decision, actingUser: null);

    [When("that clinician records the patient's decision {string}")]
    public Task RecordAsActingUser(SharingDecision decision) => RecordAsync(state.NhsNumber, decision, state.ActingUser);

    [When("the clinician records the decision {string} for NHS number {string}")]
    public Task RecordFor(SharingDecision decision, string nhsNumber)
    {
        state.NhsNumber = nhsNumber;
        return RecordAsync(nhsNumber, decision, actingUser: null);
    }

    [When("both clinicians record different decisions for the patient at the same time")]
    public async Task BothRecord()
    {
        var second = state.SecondUser ?? throw new InvalidOperationException("No second clinician: a Given step must name one.");
        var mark = await simulator.JournalMarkAsync();
        var shown = await Task.WhenAll(
            sut.RecordDecisionAsync(state.NhsNumber, SharingDecision.ExpressDissent, null, CancellationToken.None),
            sut.RecordDecisionAsync(state.NhsNumber, SharingDecision.ExpressConsent, second, CancellationToken.None));
        evidence.AttachJson("What the system showed each clinician", shown);
        state.Outcome = string.Join(",", shown.Select(s => s.Outcome).Distinct());
        await CollectExchangesAsync(mark);
    }

    private async Task LookUpAsync(string nhsNumber, SutUser? actingUser, bool check)
    {
        var mark = await simulator.JournalMarkAsync();
        var shown = check
            ? await sut.CheckPermissionsAsync(nhsNumber, actingUser, CancellationToken.None)
            : await sut.ViewPermissionsAsync(nhsNumber, actingUser, CancellationToken.None);
        evidence.AttachJson("What the system showed", shown);
        state.Shown = shown;
        state.Outcome = shown.Outcome;
        state.Message = shown.Message;
        await CollectExchangesAsync(mark);
    }

    private async Task RecordAsync(string nhsNumber, SharingDecision decision, SutUser? actingUser)
    {
        var mark = await simulator.JournalMarkAsync();
        var shown = await sut.RecordDecisionAsync(nhsNumber, decision, actingUser, CancellationToken.None);
        evidence.AttachJson("What the system showed", shown);
        state.Outcome = shown.Outcome;
        state.Message = shown.Message;
        await CollectExchangesAsync(mark);
    }

    // Synchronous calls are journaled before Spine answers, so by the time the SUT has shown its result they are all there.
    private async Task CollectExchangesAsync(long mark)
    {
        state.Exchanges = await simulator.ExchangesForAsync(state.NhsNumber, mark);
        state.NotAboutThePatient = state.Exchanges.All(e => e.Direction != ExchangeDirection.Inbound) ? ArrivedInstead.Explain(state.NhsNumber, await simulator.ExchangesSinceAsync(mark)) : null;
        foreach (var exchange in state.Exchanges)
        {
            evidence.AttachExchange(exchange);
        }
    }
}
