using System.Text.Json;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Client;

namespace SpineConformance.Drivers.Manual;

/// <summary>
/// Drives a system that has no automation through a person: each action is printed (the scenario, the step, what to do
/// and as whom) and the tester answers what the system then shows. Ids a person cannot easily read off a screen (an
/// ebXML ConversationId, the MessageId) may be left empty and are taken from the simulator's journal, and what the
/// system's MHS sent and received is read from the journal too, with the tester asked only what the system did with a
/// redelivered reply. One scenario at a time: a tester can follow only one. Never for CI.
/// </summary>
public sealed class ManualDriver(ManualScenario scenario, SimulatorControl simulator, ManualTesterSession session) : ISutDriver, ISutLrDriver, IAsyncDisposable
{
    private static readonly string[] LookUpOutcomes = ["shown", "refused", "spineError", "fault", "failed"];
    private static readonly string[] RecordOutcomes = ["recorded", "refused", "spineError", "fault", "failed"];
    private static readonly string[] RequestOutcomes = ["accepted", "refused", "failed"];
    private static readonly string[] ReplyOutcomes = ["created", "statusChanged", "added", "alreadyAMember", "removed", "wasNotAMember", "spineError", "failed", "pending"];
    private static readonly string[] Permissions = ["Yes", "No", "Ask"];

    private bool holdsTheTester;

    private TesterTerminal Tester => session.Terminal;

    public async Task<SutPermissionsView> ViewPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        await LookUpAsync($"View the sharing permissions of patient {nhsNumber}", actingUser);

    public async Task<SutPermissionsView> CheckPermissionsAsync(string nhsNumber, SutUser? actingUser, CancellationToken cancellationToken) =>
        await LookUpAsync($"Check whether sharing permission exists for patient {nhsNumber}", actingUser);

    public async Task<SutDecisionView> RecordDecisionAsync(string nhsNumber, SharingDecision decision, SutUser? actingUser, CancellationToken cancellationToken)
    {
        await BeginAsync($"Record the decision '{Words(decision)}' for patient {nhsNumber}", actingUser);
        var outcome = Tester.Choose("Outcome the system shows", RecordOutcomes);
        return new SutDecisionView(outcome, TestHookJson.Name(decision), Tester.Text("Message the system shows (one line)"));
    }

    public Task<SutAsyncView> RequestCreateAsync(SutLrCreate request, SutUser? actingUser, CancellationToken cancellationToken)
    {
        var subject = request.WorkgroupId is null ? "the logged-in user" : $"workgroup {request.WorkgroupId}";
        var details = string.Join(", ", new[]
        {
            $"type {request.LrType}", $"with {subject}", request.AccessReason is null ? null : $"access reason {request.AccessReason}",
            request.Justification is null ? null : $"justification \"{request.Justification}\"", request.Alert == true ? "asking for a privacy-officer alert" : null,
        }.Where(d => d is not null));
        return RequestAsync($"Request a legitimate relationship with patient {request.NhsNumber}: {details}", request.NhsNumber, actingUser);
    }

    public Task<SutAsyncView> ChangeStatusAsync(string nhsNumber, string lrId, string reasonCode, SutUser? actingUser, CancellationToken cancellationToken) =>
        RequestAsync($"Change the status of LR {lrId} (patient {nhsNumber}) with reason code {reasonCode}", nhsNumber, actingUser);

    public Task<SutAsyncView> ChangeMembershipAsync(
        bool add, string memberRoleProfileId, string memberUserId, string workgroupId, SutUser? actingUser, CancellationToken cancellationToken) =>
        RequestAsync(
            $"{(add ? "Add" : "Remove")} the user {memberUserId} (role profile {memberRoleProfileId}) {(add ? "to" : "from")} workgroup {workgroupId}",
            nhsNumber: null, actingUser);

    public async Task<SutLrOutcome> OutcomeAsync(string conversationId, TimeSpan wait, CancellationToken cancellationToken)
    {
        await BeginAsync($"Wait (up to {wait.TotalSeconds:0} s) for the system to show the result of the request in conversation {conversationId}", actingUser: null);
        var outcome = Tester.Choose("Result the system shows", ReplyOutcomes);
        var lrId = outcome == "created" ? Tester.Text("LR id the system shows (Enter: the id in Spine's reply)") : string.Empty;
        if (outcome == "created" && lrId.Length == 0)
        {
            lrId = await LrIdInReplyAsync(conversationId) ?? string.Empty;
        }

        return new SutLrOutcome(conversationId, null, outcome, lrId.Length == 0 ? null : lrId, Tester.Text("Message the system shows (one line)"));
    }

    public Task<SutQueryView> ConfirmAsync(string nhsNumber, bool history, SutUser? actingUser, CancellationToken cancellationToken) =>
        QueryAsync($"Ask whether a legitimate relationship exists with patient {nhsNumber} ({(history ? "with its history" : "short answer")})", actingUser, () =>
        {
            var active = Tester.YesOrNo("Does the system show that an Active LR exists?");
            var status = history ? Tester.Text("LR status code shown (01 Active, 02 Inactive, …; Enter for none)") : string.Empty;
            return new Dictionary<string, object?> { ["activeLrExists"] = active, ["status"] = status.Length == 0 ? null : status };
        });

    public Task<SutQueryView> DetailsAsync(string nhsNumber, bool complete, SutUser? actingUser, CancellationToken cancellationToken) =>
        QueryAsync($"List the legitimate relationships of patient {nhsNumber} ({(complete ? "complete" : "simple")} details)", actingUser, () =>
            new Dictionary<string, object?>
            {
                ["relationships"] = Rows("LRs shown", i => new Dictionary<string, object?>
                {
                    ["status"] = Tester.Text($"  LR {i}: status code (01 Active, 02 Inactive, …)"),
                    ["lrType"] = Tester.Text($"  LR {i}: LR type code"),
                }),
            });

    public Task<SutQueryView> BatchConfirmAsync(IReadOnlyList<string> nhsNumbers, SutUser? actingUser, CancellationToken cancellationToken) =>
        QueryAsync($"Confirm legitimate relationships for these patients at once: {string.Join(", ", nhsNumbers)}", actingUser, () =>
            new Dictionary<string, object?>
            {
                ["patients"] = nhsNumbers.Select(nhsNumber =>
                {
                    var issue = Tester.Text($"  {nhsNumber}: issue the system shows for it (Enter for none)");
                    return new Dictionary<string, object?>
                    {
                        ["nhsNumber"] = nhsNumber,
                        ["activeLrExists"] = issue.Length == 0 && Tester.YesOrNo($"  {nhsNumber}: does the system show an Active LR?"),
                        ["issue"] = issue.Length == 0 ? null : issue,
                    };
                }).ToList(),
            });

    public Task<SutQueryView> RoleProfilesAsync(string userId, SutUser? actingUser, CancellationToken cancellationToken) =>
        QueryAsync($"Look up the role profiles of user {userId}", actingUser, () =>
            new Dictionary<string, object?>
            {
                ["roleProfiles"] = Rows("role profiles shown", i => new Dictionary<string, object?>
                {
                    ["roleProfileId"] = Tester.Text($"  Role profile {i}: its id"),
                    ["jobRole"] = Tester.Text($"  Role profile {i}: job role code"),
                    ["organizationName"] = Tester.Text($"  Role profile {i}: organisation name"),
                }),
            });

    public Task<SutQueryView> WorkgroupsAsync(IReadOnlyList<string> workgroupIds, SutUser? actingUser, CancellationToken cancellationToken) =>
        QueryAsync($"List the members of workgroup(s) {string.Join(", ", workgroupIds)}", actingUser, () =>
            new Dictionary<string, object?>
            {
                ["workgroups"] = Rows("workgroups shown", i => new Dictionary<string, object?>
                {
                    ["workgroupId"] = Tester.Text($"  Workgroup {i}: its id"),
                    ["name"] = Tester.Text($"  Workgroup {i}: its name"),
                }),
            });

    /// <summary>Every attempt that reached Spine, from the journal: the tester cannot see inside their MHS as well as Spine can.</summary>
    public async Task<IReadOnlyList<SutSendAttempt>> SentAsync(CancellationToken cancellationToken)
    {
        var inbound = (await ExchangesThisRunAsync()).Where(e => e.Direction == ExchangeDirection.Inbound && e.EbxmlMessageId is not null).ToList();
        return inbound.GroupBy(e => e.EbxmlMessageId!).SelectMany(copies => copies.Select((e, i) => new SutSendAttempt(
            e.EbxmlMessageId!, e.ConversationId ?? string.Empty, e.InteractionId ?? string.Empty, i + 1, e.StatusCode, AnswerKind(e), i < copies.Count() - 1))).ToList();
    }

    /// <summary>
    /// Spine's deliveries from the journal, with what the system did with them from the tester: how many times it
    /// applied the reply, and whether it recognised the later copies as duplicates.
    /// </summary>
    public async Task<IReadOnlyList<SutReceivedMessage>> ReceivedAsync(CancellationToken cancellationToken)
    {
        var delivered = (await ExchangesThisRunAsync()).Where(e => e.Direction == ExchangeDirection.Outbound && e.StatusCode is >= 200 and < 300);
        var received = new List<SutReceivedMessage>();
        foreach (var conversation in delivered.GroupBy(d => d.ConversationId ?? string.Empty))
        {
            var copies = conversation.ToList();
            await BeginAsync($"Look at what the system did with Spine's reply in conversation {conversation.Key}: Spine delivered it {copies.Count} time(s)", null);
            var applied = Tester.Number("How many times did the system apply it (show or store its result)?");
            var duplicates = copies.Count > 1 && Tester.YesOrNo("Did the system treat the later copies as duplicates of the first?");
            received.AddRange(copies.Select((d, i) => new SutReceivedMessage(
                d.EbxmlMessageId ?? string.Empty, d.RefToMessageId, conversation.Key, d.InteractionId ?? string.Empty, i > 0 && duplicates, Correlated: true, i < applied)));
        }

        return received;
    }

    public ValueTask DisposeAsync()
    {
        if (holdsTheTester)
        {
            holdsTheTester = false;
            session.Release();
        }

        return ValueTask.CompletedTask;
    }

    private async Task<SutPermissionsView> LookUpAsync(string action, SutUser? actingUser)
    {
        await BeginAsync(action, actingUser);
        var outcome = Tester.Choose("Outcome the system shows", LookUpOutcomes);
        var (view, store) = outcome == "shown"
            ? (Tester.Choose("View permission shown", Permissions), Tester.Choose("Store permission shown", Permissions))
            : ("Ask", "Ask");
        return new SutPermissionsView(outcome, view, store, Tester.Text("Message the system shows (one line)"));
    }

    private async Task<SutAsyncView> RequestAsync(string action, string? nhsNumber, SutUser? actingUser)
    {
        var mark = await simulator.JournalMarkAsync();
        await BeginAsync(action, actingUser);
        var outcome = Tester.Choose("What the system shows once it has sent the request", RequestOutcomes);
        var conversation = Tester.Text("Conversation id the system shows (Enter: take it from Spine's journal)");
        var message = Tester.Text("Message the system shows (one line)");
        var sent = (nhsNumber is null ? await simulator.ExchangesAfterAsync(mark) : await simulator.ExchangesForAsync(nhsNumber, mark))
            .LastOrDefault(e => e.Direction == ExchangeDirection.Inbound && e.EbxmlMessageId is not null
                && (conversation.Length == 0 || e.ConversationId == conversation));
        return new SutAsyncView(outcome, conversation.Length > 0 ? conversation : sent?.ConversationId, sent?.EbxmlMessageId, message);
    }

    private async Task<SutQueryView> QueryAsync(string action, SutUser? actingUser, Func<Dictionary<string, object?>> result)
    {
        await BeginAsync(action, actingUser);
        var outcome = Tester.Choose("Outcome the system shows", LookUpOutcomes);
        JsonElement? shown = outcome == "shown" ? JsonSerializer.SerializeToElement(result(), TestHookJson.Options) : null;
        return new SutQueryView(outcome, shown, Tester.Text("Message the system shows (one line)"));
    }

    private List<Dictionary<string, object?>> Rows(string what, Func<int, Dictionary<string, object?>> row) =>
        Enumerable.Range(1, Tester.Number($"How many {what}?")).Select(row).ToList();

    // The first action of a scenario waits for the tester; they are then this scenario's until it ends.
    private async Task BeginAsync(string action, SutUser? actingUser)
    {
        if (!holdsTheTester)
        {
            await session.AcquireAsync();
            holdsTheTester = true;
            session.StartMark ??= await simulator.JournalMarkAsync();
        }

        var number = session.NextStepNumber();
        Tester.Say(string.Empty);
        Tester.Say($"──────── Manual step {number} ────────");
        Tester.Say($"Scenario: {scenario.Title}");
        if (scenario.CurrentStep() is { } step)
        {
            Tester.Say($"Step:     {step}");
        }

        Tester.Say($"Do:       {action},");
        Tester.Say(actingUser is null
            ? "          as the logged-in user."
            : $"          as the user {actingUser.UserId} with role profile {actingUser.RoleProfileId} (job role {actingUser.JobRole}); log back in as the usual user afterwards.");
        Tester.Say("Then answer what the system shows.");
        scenario.Log($"Manual step {number}: {action}");
    }

    private async Task<IReadOnlyList<JournalEntry>> ExchangesThisRunAsync() => await simulator.ExchangesSinceAsync(session.StartMark ?? 0);

    private async Task<string?> LrIdInReplyAsync(string conversationId)
    {
        var reply = (await simulator.ExchangesInConversationAsync(conversationId)).LastOrDefault(e => e.Direction == ExchangeDirection.Outbound);
        var payload = reply is null ? null : EbxmlReader.Read(reply.RequestContentType, reply.RequestBody).Message.Payload;
        return payload?.Descendants().FirstOrDefault(e => e.Attribute("root")?.Value == "2.16.840.1.113883.2.1.3.2.4.18.3")?.Attribute("extension")?.Value;
    }

    private static string AnswerKind(JournalEntry e)
    {
        var signal = e.ResponseBody.Length == 0 ? null : EbxmlSignalReader.Read(e.ResponseBody.AsSpan().StartsWith("<"u8) ? "text/xml" : null, e.ResponseBody);
        return e.StatusCode switch
        {
            _ when signal?.MessageError is not null => "messageError",
            202 => "accepted",
            500 when signal?.Envelope is { } envelope && SoapFault.Read(envelope) is { } fault =>
                fault.Errors.Any(error => error.ErrorCode is "200" or "206" or "208") ? "retriableFault" : "soapFault",
            _ => "unexpected",
        };
    }

    private static string Words(SharingDecision decision) => decision switch
    {
        SharingDecision.ExpressConsent => "express consent",
        SharingDecision.ExpressDissent => "express dissent",
        _ => "ask for consent (back to the default)",
    };
}
