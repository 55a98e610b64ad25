using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Lr;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// Spine's errors for the SDS messages, which name no patient: each fault rule is keyed on the interaction and on what the
/// message is about (the fault rule's subject: the member added or removed, the user looked up, the workgroup asked about),
/// so it touches only this scenario's message, whatever else runs at the same time.
/// </summary>
[Binding]
public sealed class SdsFaultSteps(ScenarioState state, SimulatorControl simulator, SuiteEnvironment environment, Evidence evidence)
{
    private const string Membership = "(" + LrInteractions.AddUserToWorkgroupRequestId + "|" + LrInteractions.RemoveUserFromWorkgroupRequestId + ")";
    private const string Query = "(" + LrInteractions.IdentifyUserRoleProfilesQueryId + "|" + LrInteractions.WorkgroupMemberQueryId + ")";
    private const string About = "(" + NamedUsers.Phrases + "|another workgroup)";

    // Every copy gets the same MessageError, as Spine would answer the same message again: a resend shows in the journal.
    [Given("^Spine will answer the system's next " + Membership + " about " + About + " with an ebXML MessageError$")]
    public Task MessageError(string interactionId, string about) =>
        FaultAsync(new FaultRule { Kind = FaultKind.MessageError }, interactionId, about);

    [Given("^Spine will reply to the system's next " + Membership + " about " + About + " with an error, with the reasons:$")]
    public Task ReplyWithError(string interactionId, string about, DataTable reasons) => FaultAsync(new FaultRule
    {
        Kind = FaultKind.BusinessErrorReply, RemainingUses = 1,
        Reasons = [.. reasons.Rows.Select(r => new FaultReason(r["code"], r["text"]))],
    }, interactionId, about);

    [Given("^Spine will answer the system's next " + Query + " about " + About + " with SOAP fault (\\d+)$")]
    public Task SoapFault(string interactionId, string about, string code) =>
        FaultAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = code, RemainingUses = 1 }, interactionId, about);

    private async Task FaultAsync(FaultRule rule, string interactionId, string about)
    {
        var subject = about == "another workgroup" ? state.OtherWorkgroupId : NamedUsers.Resolve(environment.Identities, about).UserId;
        evidence.AttachJson("Fault rule", await simulator.AddFaultRuleAsync(rule with { Interaction = interactionId, Subject = subject }));
    }
}
