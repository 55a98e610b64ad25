using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>The clinician's LR actions through the SUT driver; each records what the SUT showed and the exchanges it caused.</summary>
[Binding]
public sealed class LrActionSteps(ScenarioState state, ISutLrDriver sut, SimulatorControl simulator, SuiteEnvironment environment, Evidence evidence)
{
    /// <summary>How long a scenario waits for Spine's asynchronous reply to reach the SUT.</summary>
    public static readonly TimeSpan ReplyWait = TimeSpan.FromSeconds(20);

    [When("the clinician requests a referral LR with the patient")]
    public Task Referral() => CreateAsync(new SutLrCreate(state.NhsNumber, "06"));

    [When("that clinician requests a referral LR with the patient")]
    public Task ReferralAsActingUser() => CreateAsync(new SutLrCreate(state.NhsNumber, "06"), state.ActingUser);

    [When("the clinician requests an LR of type {string} with the patient")]
    public Task OfType(string lrType) => CreateAsync(new SutLrCreate(state.NhsNumber, lrType));

    [When("the clinician requests a referral LR between the patient and a workgroup the clinician belongs to")]
    public Task ForWorkgroup() => CreateAsync(new SutLrCreate(state.NhsNumber, "06") { WorkgroupId = Workgroup() });

    [When("the clinician self-claims an LR with the patient, giving reason {string} and {string}")]
    public Task SelfClaim(string accessReason, string justification) =>
        CreateAsync(new SutLrCreate(state.NhsNumber, "08") { AccessReason = accessReason, Justification = justification, Alert = true });

    [Given("the clinician has an LR with the patient")]
    public async Task HasLr()
    {
        await CreateAsync(new SutLrCreate(state.NhsNumber, "06"));
        var outcome = await OutcomeAsync();
        Assert.That(outcome.Outcome, Is.EqualTo("created"), $"Setting up: the LR was not created: {outcome.Message}");
    }

    [When("the clinician changes the LR's status with reason {string}")]
    public Task ChangeStatus(string reason) => AsyncActionAsync(() => sut.ChangeStatusAsync(state.NhsNumber, state.LrId!, reason, null, CancellationToken.None));

    [When("the clinician changes the status of LR {string} with reason {string}")]
    public Task ChangeStatusOf(string lrId, string reason) => AsyncActionAsync(() => sut.ChangeStatusAsync(state.NhsNumber, lrId, reason, null, CancellationToken.None));

    [When("^the clinician (adds|removes) (" + NamedUsers.Phrases + ") (?:to|from) a workgroup the clinician administers$")]
    public Task Membership(string action, string who)
    {
        var member = NamedUsers.Resolve(environment.Identities, who);
        evidence.AttachJson($"Member ({NamedUsers.Settings(who)})", member);
        return AsyncActionAsync(() => sut.ChangeMembershipAsync(action == "adds", member.RoleProfileId, member.UserId, Workgroup(), null, CancellationToken.None));
    }

    [When("the clinician checks whether an LR exists with the patient")]
    public Task Confirm() => QueryAsync(() => sut.ConfirmAsync(state.NhsNumber, history: false, null, CancellationToken.None));

    [When("the clinician asks for the history of LRs with the patient")]
    public Task History() => QueryAsync(() => sut.ConfirmAsync(state.NhsNumber, history: true, null, CancellationToken.None));

    [When("^the clinician asks for the (complete |)details of the patient's LRs$")]
    public Task Details(string complete) => QueryAsync(() => sut.DetailsAsync(state.NhsNumber, complete.Length > 0, null, CancellationToken.None));

    [When("the clinician checks LRs for the patient, another patient and the identifier {string}")]
    public async Task Batch(string identifier)
    {
        var another = await AnotherPatientAsync();
        await QueryAsync(() => sut.BatchConfirmAsync([state.NhsNumber, another, identifier], null, CancellationToken.None));
    }

    [When("the clinician checks LRs for the patient and another patient")]
    public async Task BatchOfTwo()
    {
        var another = await AnotherPatientAsync();
        await QueryAsync(() => sut.BatchConfirmAsync([state.NhsNumber, another], null, CancellationToken.None));
    }

    [When("the clinician looks up another clinician's role profiles")]
    public Task RoleProfiles()
    {
        var other = environment.Identities.SecondClinician;
        evidence.AttachJson("The user looked up (SecondUserId)", other);
        return QueryAsync(
            () => sut.RoleProfilesAsync(other.UserId, null, CancellationToken.None),
            patientExchanges: false,
            about: (Hl7.Lr.LrInteractions.IdentifyUserRoleProfilesQueryId, other.UserId));
    }

    [When("the clinician looks up their own role profiles")]
    public Task OwnRoleProfiles()
    {
        var clinician = environment.Identities.Clinician;
        evidence.AttachJson("The user looked up (UserId)", clinician);
        // The clinician's user id is in every message they author, so the look-up is told apart by the user it asks about.
        return QueryAsync(
            () => sut.RoleProfilesAsync(clinician.UserId, null, CancellationToken.None),
            patientExchanges: false,
            about: (Hl7.Lr.LrInteractions.IdentifyUserRoleProfilesQueryId, clinician.UserId),
            asksAbout: exchange => QueriedUser(exchange) == clinician.UserId);
    }

    [When("^the clinician lists the members of (a workgroup the clinician belongs to|another workgroup)$")]
    public Task Workgroups(string which)
    {
        var workgroupId = which == "another workgroup" ? OtherWorkgroup() : Workgroup();
        return QueryAsync(
            () => sut.WorkgroupsAsync([workgroupId], null, CancellationToken.None),
            patientExchanges: false,
            about: (Hl7.Lr.LrInteractions.WorkgroupMemberQueryId, workgroupId));
    }

    /// <summary>Waits (event-driven, in the SUT) for the business reply to the last asynchronous request.</summary>
    public async Task<SutLrOutcome> OutcomeAsync()
    {
        var accepted = state.Async ?? throw new InvalidOperationException("No asynchronous request was made.");
        Assert.That(accepted.Outcome, Is.EqualTo("accepted"), $"Spine did not accept the system's message: {accepted.Message}");
        var outcome = await sut.OutcomeAsync(accepted.ConversationId!, ReplyWait, CancellationToken.None);
        evidence.AttachJson("What the system showed once Spine's reply arrived", outcome);
        state.AsyncOutcome = outcome;
        state.LrId = outcome.LrId ?? state.LrId;
        return outcome;
    }

    // The workgroup the scenarios name by its role, resolved from the run's settings and shown in the report.
    private string Workgroup()
    {
        var identities = environment.Identities;
        evidence.AttachJson("Workgroup (WorkgroupId, WorkgroupName)", new { workgroupId = identities.WorkgroupId, name = identities.WorkgroupName });
        return identities.WorkgroupId;
    }

    // A patient Spine holds no LR for: freshly allocated, so no other run sharing the simulator can have made one for it.
    private async Task<string> AnotherPatientAsync()
    {
        var another = (await simulator.AllocatePatientAsync(CancellationToken.None)).Value;
        evidence.AttachJson("Another patient (allocated for this scenario; no LR with them)", new { nhsNumber = another });
        return another;
    }

    // A workgroup no other scenario asks about, made for this one.
    private string OtherWorkgroup()
    {
        evidence.AttachJson("Another workgroup (made for this scenario; no one belongs to it)", new { workgroupId = state.OtherWorkgroupId });
        return state.OtherWorkgroupId;
    }

    private Task CreateAsync(SutLrCreate request, SutUser? actingUser = null) =>
        AsyncActionAsync(() => sut.RequestCreateAsync(request, actingUser, CancellationToken.None));

    private async Task AsyncActionAsync(Func<Task<SutAsyncView>> action)
    {
        var shown = await action();
        evidence.AttachJson("What the system showed", shown);
        state.Async = shown;
        state.Outcome = shown.Outcome;
        state.Message = shown.Message;
        if (shown.ConversationId is { } conversation)
        {
            state.Exchanges = await simulator.ExchangesInConversationAsync(conversation);
            foreach (var exchange in state.Exchanges)
            {
                evidence.AttachExchange(exchange);
            }
        }
    }

    // A query about no patient is told from other scenarios' traffic by its interaction and the id it asks about (a user, a workgroup).
    private async Task QueryAsync(
        Func<Task<SutQueryView>> query, bool patientExchanges = true, (string Interaction, string Id)? about = null, Func<JournalEntry, bool>? asksAbout = null)
    {
        var mark = await simulator.JournalMarkAsync();
        var shown = await query();
        evidence.AttachJson("What the system showed", shown);
        state.Query = shown;
        state.Outcome = shown.Outcome;
        state.Message = shown.Message;
        state.Exchanges = patientExchanges
            ? await simulator.ExchangesForAsync(state.NhsNumber, mark)
            : [.. (await simulator.ExchangesAfterAsync(mark)).Where(e => about is not { } asked || (e.InteractionId == asked.Interaction && Mentions(e, asked.Id) && (asksAbout is null || asksAbout(e))))];
        state.NotAboutThePatient = patientExchanges && state.Exchanges.All(e => e.Direction != ExchangeDirection.Inbound) ? ArrivedInstead.Explain(state.NhsNumber, await simulator.ExchangesSinceAsync(mark)) : null;
        foreach (var exchange in state.Exchanges)
        {
            evidence.AttachExchange(exchange);
        }
    }

    private static string? QueriedUser(JournalEntry exchange) =>
        SentRequest.TryRead(exchange).Request?.Message.ControlActEvent?.Elements().FirstOrDefault(e => e.Name.LocalName == "query") is { } asked
            ? Hl7.Lr.LrPayloadXml.ReadUserRoleProfilesQuery(asked)?.UserId.Extension
            : null;

    private static bool Mentions(JournalEntry exchange, string id) =>
        System.Text.Encoding.UTF8.GetString(exchange.RequestBody).Contains($"\"{id}\"", StringComparison.Ordinal);
}
