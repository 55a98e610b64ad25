using SpineConformance.Simulator.Journal;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>What the simulator's journal gained while one LR case acted (its arrangement excluded), or why it could not run.</summary>
internal sealed record LrCaseRecording(IReadOnlyList<JournalEntry> Entries, string? Failure)
{
    /// <summary>The SUT's one request; fails the test when the case broke or the SUT sent more or less than one.</summary>
    public JournalEntry Request(LrOracleCase oracleCase)
    {
        Assert.That(Failure, Is.Null, () => $"Case '{oracleCase}' did not run: {Failure}");
        var inbound = Entries.Where(e => e.Direction == ExchangeDirection.Inbound).ToList();
        Assert.That(inbound, Has.Count.EqualTo(1), () =>
            $"Case '{oracleCase}' should make the SUT send exactly one message to the simulator; the journal gained {inbound.Count}: " +
            string.Join("; ", inbound.Select(e => $"{e.InteractionId} → {e.Outcome}")));
        return inbound[0];
    }

    /// <summary>
    /// Spine's asynchronous reply to the case's request: the first delivery to the SUT's MHS in the request's conversation
    /// (a redelivery carries the same message).
    /// </summary>
    public JournalEntry AsyncReply(LrOracleCase oracleCase)
    {
        var request = Request(oracleCase);
        var reply = Entries.FirstOrDefault(e => e.Direction == ExchangeDirection.Outbound && e.ConversationId == request.ConversationId);
        Assert.That(reply, Is.Not.Null, () =>
            $"Case '{oracleCase}': the simulator sent no asynchronous reply in conversation {request.ConversationId} ({request.Outcome}).");
        return reply!;
    }
}
