using SpineConformance.Simulator.Journal;

namespace SpineConformance.Oracle.Tests.Exchanges;

/// <summary>What the simulator's journal gained while one case ran, or why the case could not run.</summary>
internal sealed record CaseRecording(IReadOnlyList<JournalEntry> Entries, string? Failure)
{
    /// <summary>The case's one exchange; fails the test when the case broke or the SUT sent more or less than one message.</summary>
    public JournalEntry SingleExchange(OracleCase oracleCase)
    {
        Assert.That(Failure, Is.Null, () => $"Case '{oracleCase}' did not run: {Failure}");
        Assert.That(Entries, Has.Count.EqualTo(1), () =>
            $"Case '{oracleCase}' should make the SUT send exactly one message to the simulator; the journal gained {Entries.Count}: " +
            string.Join("; ", Entries.Select(e => $"{e.InteractionId} → {e.Outcome}")));
        return Entries[0];
    }
}
