using System.Text.Json;
using Reqnroll;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>What the system showed for LR actions and queries.</summary>
[Binding]
public sealed class LrShownSteps(ScenarioState state, LrActionSteps actions, Drivers.SuiteEnvironment environment, Drivers.Simulator.SimulatorControl simulator)
{
    [Then("the system shows the LR as created once Spine's reply arrives")]
    public Task Created() => ExpectOutcomeAsync("created");

    [Then("the system shows the status change as confirmed once Spine's reply arrives")]
    public Task StatusChanged() => ExpectOutcomeAsync("statusChanged");

    [Then("the system shows Spine's rejection of the request once Spine's reply arrives")]
    public Task Rejected() => ExpectOutcomeAsync("spineError");

    [Then("^the system shows the member as (added|already a member|removed|not a member) once Spine's reply arrives$")]
    public Task Membership(string what) => ExpectOutcomeAsync(what switch
    {
        "added" => "added",
        "already a member" => "alreadyAMember",
        "removed" => "removed",
        _ => "wasNotAMember",
    });

    [Then("the system shows every reason in Spine's reply")]
    public async Task EveryReasonShown()
    {
        var outcome = state.AsyncOutcome ?? await actions.OutcomeAsync();
        var rule = await Reasons();
        var missing = rule.Where(r => !outcome.Message.Contains(r, StringComparison.Ordinal)).ToList();
        Assert.That(missing, Is.Empty,
            $"The user should see every reason Spine's reply gave ({rule.Count}), as Spine worded it; the system showed \"{outcome.Message}\", without: {string.Join(", ", missing.Select(m => $"\"{m}\""))}");
    }

    [Then("the system reports that the request failed")]
    public void Failed() =>
        Assert.That(state.Async?.Outcome, Is.EqualTo("failed"), $"The system should report the request failed; it showed: {state.Async?.Outcome}: {state.Async?.Message}");

    [Then("the system shows that an Active LR exists")]
    public void ActiveExists() => Assert.That(Result().GetProperty("activeLrExists").GetBoolean(), Is.True, state.Message);

    [Then("the system shows that no Active LR exists")]
    public void NoActive() => Assert.That(Result().GetProperty("activeLrExists").GetBoolean(), Is.False, state.Message);

    [Then("the system shows that no Active LR exists, and an Inactive one does")]
    public void InactiveOnly()
    {
        var result = Result();
        Assert.That(result.GetProperty("activeLrExists").GetBoolean(), Is.False, state.Message);
        Assert.That(result.GetProperty("status").GetString(), Is.EqualTo("02"), "History reports the Inactive LR (LRCurrentStatus 02)");
    }

    [Then("the system shows Spine's query failure")]
    public void QueryFailed() =>
        Assert.That(state.Query?.Outcome, Is.EqualTo("spineError"), $"The system should show Spine's failure; it showed {state.Query?.Outcome}: {state.Message}");

    [Then("^the system shows (\\d+) LRs?, Active, of type \"(.*)\"$")]
    public void Listed(int count, string lrType)
    {
        var relationships = Result().GetProperty("relationships").EnumerateArray().ToList();
        Assert.That(relationships, Has.Count.EqualTo(count));
        Assert.That(relationships.Select(r => (r.GetProperty("status").GetString(), r.GetProperty("lrType").GetString())), Has.All.EqualTo(("01", lrType)));
    }

    [Then("the system shows an Active LR for the patient, none for the other, and an issue for {string}")]
    public void BatchShown(string identifier)
    {
        var patients = Result().GetProperty("patients").EnumerateArray().ToList();
        Assert.That(patients, Has.Count.EqualTo(3));
        Assert.That(patients[0].GetProperty("activeLrExists").GetBoolean(), Is.True, "the patient the clinician has an LR with");
        Assert.That(patients[1].GetProperty("activeLrExists").GetBoolean(), Is.False, "another patient");
        Assert.That(patients[2].GetProperty("nhsNumber").GetString(), Is.EqualTo(identifier));
        Assert.That(patients[2].GetProperty("issue").GetString(), Is.Not.Null.And.Not.Empty, "an identifier that is not an NHS number is reported inline");
    }

    [Then("the system shows that clinician's role profile with their job role and organisation")]
    public void RoleProfileShown()
    {
        var (roleProfileId, jobRole, organisation) = (environment.Identities.SecondClinician.RoleProfileId, environment.Identities.SecondClinician.JobRole, environment.Identities.OrganisationName);
        var profile = Result().GetProperty("roleProfiles").EnumerateArray().SingleOrDefault(p => p.GetProperty("roleProfileId").GetString() == roleProfileId);
        Assert.That(profile.ValueKind, Is.EqualTo(JsonValueKind.Object), $"Role profile {roleProfileId} is not shown: {state.Message}");
        Assert.That((profile.GetProperty("jobRole").GetString(), profile.GetProperty("organizationName").GetString()), Is.EqualTo((jobRole, organisation)));
    }

    [Then("the system shows the workgroup with its name")]
    public void WorkgroupShown()
    {
        var (workgroupId, name) = (environment.Identities.WorkgroupId, environment.Identities.WorkgroupName);
        var workgroups = Result().GetProperty("workgroups").EnumerateArray().Select(w => (w.GetProperty("workgroupId").GetString(), w.GetProperty("name").GetString()));
        Assert.That(workgroups, Does.Contain((workgroupId, name)));
    }

    private async Task ExpectOutcomeAsync(string expected)
    {
        var outcome = await actions.OutcomeAsync();
        Assert.That(outcome.Outcome, Is.EqualTo(expected), $"Once Spine's reply arrived the system showed {outcome.Outcome}: {outcome.Message}");
    }

    private JsonElement Result()
    {
        var query = state.Query ?? throw new InvalidOperationException("The last action was not an LR query.");
        Assert.That(query.Outcome, Is.EqualTo("shown"), $"The system did not show a result: {query.Outcome}: {query.Message}");
        return query.Result ?? throw new AssertionException("The system showed no result.");
    }

    // What Spine's AE reply in the scenario's conversation said, read from the simulator's journal.
    private async Task<List<string>> Reasons()
    {
        var conversation = state.Async?.ConversationId ?? throw new AssertionException("The system started no conversation.");
        // Spine journals its delivery once the system has answered it, which may be just after the system showed the outcome.
        var reply = (await simulator.WaitForConversationAsync(conversation, ExchangeDirection.Outbound, 1,
            $"Spine's reply in conversation {conversation}", LrActionSteps.ReplyWait))[0];
        var payload = Hl7.Ebxml.EbxmlReader.Read(reply.RequestContentType, reply.RequestBody).Message.Payload;
        var reasons = payload?.Descendants(Hl7.Xml.SpineNamespaces.Hl7 + "code").Where(c => c.Parent?.Name.LocalName == "justifyingDetectedIssueEvent")
            .Select(c => c.Attribute("displayName")?.Value).OfType<string>().ToList() ?? [];
        Assert.That(reasons, Is.Not.Empty, $"Spine's reply in conversation {conversation} carries no reasons: {reply.Outcome}");
        return reasons;
    }
}
