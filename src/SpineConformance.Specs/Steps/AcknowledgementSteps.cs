using Reqnroll;
using SpineConformance.Drivers.Simulator;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Support;

namespace SpineConformance.Specs.Steps;

/// <summary>
/// How the system acknowledged Spine's replies, judged from the simulator's journal: every delivery of a reply is journaled
/// with the system's HTTP answer, and any message the system sent Spine in the conversation is journaled too, so an
/// acknowledgement missing from an answer, doubled in it, or sent again as a message of its own shows.
/// </summary>
[Binding]
public sealed class AcknowledgementSteps(ScenarioState state, SimulatorControl simulator, Evidence evidence)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);

    [Then("^(?:each of Spine's replies|each copy of Spine's reply) was acknowledged exactly once$")]
    public async Task AcknowledgedOnce()
    {
        var conversation = state.Async?.ConversationId ?? throw new AssertionException($"The system started no conversation: {state.Async?.Outcome}: {state.Async?.Message}");
        // Spine journals a delivery once the system has answered it; earlier steps have waited for every copy they expect.
        await simulator.WaitForConversationAsync(conversation, ExchangeDirection.Outbound, 1, $"Spine's reply in conversation {conversation}", Patience);
        var exchanges = await simulator.ExchangesInConversationAsync(conversation);
        var deliveries = exchanges.Where(e => e.Direction == ExchangeDirection.Outbound).ToList();
        var replies = deliveries.Select(d => d.EbxmlMessageId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        var separate = exchanges.Where(e => e.Direction == ExchangeDirection.Inbound && e.RefToMessageId is { } refTo && replies.Contains(refTo)).ToList();
        foreach (var extra in separate)
        {
            evidence.AttachExchange(extra);
        }

        var problems = deliveries.Select(Problem).OfType<string>().ToList();
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty,
                $"Each delivery of Spine's reply must be acknowledged once, in the system's answer to it: {string.Join("; ", problems)}");
            Assert.That(separate, Is.Empty,
                $"The system acknowledged Spine's reply again in a message of its own: {string.Join("; ", separate.Select(s => $"{s.InteractionId ?? s.SoapAction} eb:MessageId {s.EbxmlMessageId}, RefToMessageId {s.RefToMessageId}"))}");
        });
    }

    // What is wrong with the system's answer to one delivery of a reply, or null when it acknowledges that reply once.
    private static string? Problem(JournalEntry delivery)
    {
        var read = EbxmlSignalReader.Read("text/xml", delivery.ResponseBody);
        var acknowledgments = read.Envelope?.Descendants(EbxmlNamespaces.Eb + "Acknowledgment").ToList() ?? [];
        var naming = acknowledgments.Count(a => string.Equals(
            a.Element(EbxmlNamespaces.Eb + "RefToMessageId")?.Value.Trim(), delivery.EbxmlMessageId, StringComparison.OrdinalIgnoreCase));
        return (acknowledgments.Count, naming) switch
        {
            (1, 1) => null,
            (0, _) => $"attempt {delivery.Attempt} (eb:MessageId {delivery.EbxmlMessageId}) was answered HTTP {delivery.StatusCode} with no Acknowledgment{(read.Problem is null ? string.Empty : $" ({read.Problem})")}",
            (_, 0) => $"attempt {delivery.Attempt} (eb:MessageId {delivery.EbxmlMessageId}) was answered with an Acknowledgment of another message",
            _ => $"attempt {delivery.Attempt} (eb:MessageId {delivery.EbxmlMessageId}) was answered with {acknowledgments.Count} Acknowledgments",
        };
    }
}
