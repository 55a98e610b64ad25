using System.Xml.Linq;
using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Xml;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// Reply correlation tested on purpose: two requests in flight, the first one's reply held back by a fault rule so Spine
/// answers them in the reverse order, and each reply must be applied to the request its RefToMessageId names. It needs no
/// other scenario running at the same time, so it holds with one worker or many.
/// </summary>
[Binding]
public sealed class CorrelationSteps(ScenarioState state, ISutLrDriver sut, SimulatorControl simulator, SuiteEnvironment environment, Evidence evidence)
{
    private static readonly TimeSpan WaitAtMost = TimeSpan.FromSeconds(20);

    private readonly List<(string NhsNumber, SutAsyncView View)> requests = [];

    [Given("Spine will hold its reply to the system's next LR request about the patient for {int} seconds")]
    public async Task HoldReply(int seconds)
    {
        var rule = new FaultRule
        {
            Kind = FaultKind.DelayReply, Interaction = LrInteractions.RequestCreateLrId, NhsNumber = state.NhsNumber,
            Delay = TimeSpan.FromSeconds(seconds), RemainingUses = 1,
        };
        evidence.AttachJson("Fault rule", await simulator.AddFaultRuleAsync(rule));
    }

    /// <summary>
    /// The second request starts once the first has reached Spine, without waiting for the system to finish the first
    /// action: a driver whose action lasts until the reply is shown (a web page) still puts both requests in flight.
    /// </summary>
    [When("the clinician requests a referral LR with the patient, and then one with another patient")]
    public async Task TwoInFlight()
    {
        var (first, second) = (state.NhsNumber, (await simulator.AllocatePatientAsync(CancellationToken.None)).Value);
        var mark = await simulator.JournalMarkAsync();
        var firstAction = sut.RequestCreateAsync(new SutLrCreate(first, "06"), null, CancellationToken.None);
        var arrived = await Patience.WaitAsync(environment.Time, WaitAtMost, TimeSpan.FromMilliseconds(50),
            async () => firstAction.IsCompleted || (await simulator.ExchangesForAsync(first, mark)).Count > 0);
        Assert.That(arrived, Is.True, $"The system's first request, about {first}, did not reach Spine within {WaitAtMost.TotalSeconds:0} s.");
        var secondAction = sut.RequestCreateAsync(new SutLrCreate(second, "06"), null, CancellationToken.None);
        foreach (var (nhsNumber, view) in new[] { (first, await firstAction), (second, await secondAction) })
        {
            evidence.AttachJson($"What the system showed for the LR with {nhsNumber}", view);
            Assert.That(view.Outcome, Is.EqualTo("accepted"), $"Spine did not accept the system's request about {nhsNumber}: {view.Message}");
            requests.Add((nhsNumber, view));
        }
    }

    [Then("Spine delivered the reply to the second request before the reply to the first")]
    public async Task ReversedOrder()
    {
        var (first, second) = (await ReplyAsync(requests[0].View), await ReplyAsync(requests[1].View));
        Assert.That(second.Id, Is.LessThan(first.Id),
            "The fault rule should have held the first reply back until the second had been delivered, and the scenario tests nothing otherwise: "
            + "the system took longer to send its second request than the hold lasted. "
            + $"First reply delivered {first.ReceivedAt:HH:mm:ss.fff}, second {second.ReceivedAt:HH:mm:ss.fff}.");
    }

    [Then("the system shows each LR as created with the id Spine's reply to that request gave it")]
    public async Task EachAppliedToItsRequest()
    {
        var sent = new List<(string Nth, string NhsNumber, SutAsyncView View, JournalEntry Reply, string? LrId)>();
        foreach (var (index, (nhsNumber, view)) in requests.Index())
        {
            var reply = await ReplyAsync(view);
            sent.Add((index == 0 ? "first" : "second", nhsNumber, view, reply, LrIdOf(reply)));
        }

        var problems = new List<string>();
        foreach (var (nth, nhsNumber, view, reply, lrId) in sent)
        {
            var outcome = await sut.OutcomeAsync(view.ConversationId!, LrActionSteps.ReplyWait, CancellationToken.None);
            evidence.AttachJson($"What the system showed once Spine's reply about {nhsNumber} arrived", outcome);
            if (outcome.Outcome == "created" && outcome.LrId == lrId)
            {
                continue;
            }

            var source = sent.FirstOrDefault(s => s.View != view && s.LrId is not null && s.LrId == outcome.LrId);
            problems.Add($"The {nth} request (about {nhsNumber}, eb:MessageId {view.MessageId}) is shown as {outcome.Outcome} {outcome.LrId ?? "(no LR id)"}, "
                + $"but Spine's reply to it (RefToMessageId {reply.RefToMessageId}, delivered {reply.ReceivedAt.ToUniversalTime():HH:mm:ss.fff} UTC) created LR {lrId}"
                + (source.View is null
                    ? "."
                    : $"; LR {outcome.LrId} is what Spine's reply to the {source.Nth} request (RefToMessageId {source.Reply.RefToMessageId}) created, so that reply was applied to the wrong request."));
        }

        if (problems.Count > 0)
        {
            Assert.Fail("Each reply must be applied to the request its RefToMessageId names, whatever order the replies arrive in (here the second request's reply came first):"
                + Environment.NewLine + "  - " + string.Join(Environment.NewLine + "  - ", problems));
        }
    }

    private async Task<JournalEntry> ReplyAsync(SutAsyncView view)
    {
        var conversation = view.ConversationId ?? throw new AssertionException($"The system started no conversation: {view.Message}");
        var deliveries = await simulator.WaitForConversationAsync(conversation, ExchangeDirection.Outbound, 1,
            $"Spine's reply in conversation {conversation}", WaitAtMost);
        evidence.AttachExchange(deliveries[0]);
        return deliveries[0];
    }

    private static string? LrIdOf(JournalEntry reply)
    {
        var payload = EbxmlReader.Read(reply.RequestContentType, reply.RequestBody).Message.Payload;
        return payload?.Descendants(SpineNamespaces.Hl7 + "CreationResponseConfirm").Elements(SpineNamespaces.Hl7 + "id")
            .FirstOrDefault()?.Attribute("extension")?.Value;
    }
}
