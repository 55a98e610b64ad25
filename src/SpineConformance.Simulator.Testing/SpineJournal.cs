using SpineConformance.Simulator.Client;

namespace SpineConformance.Simulator.Testing;

/// <summary>The simulator's journal, as a test asks about it: what came, and waiting for something to come.</summary>
public sealed class SpineJournal
{
    private readonly SpineSimulatorClient client;

    internal SpineJournal(SpineSimulatorClient client) => this.client = client;

    /// <summary>A mark: entries after it were caused by what the test does next.</summary>
    public Task<long> MarkAsync(CancellationToken cancellationToken = default) => client.GetJournalMarkAsync(cancellationToken);

    /// <summary>Every entry <paramref name="filter"/> lets through (every entry when it is empty), oldest first, with bytes and findings.</summary>
    public Task<IReadOnlyList<JournalEntry>> ListAsync(JournalFilter? filter = null, CancellationToken cancellationToken = default) =>
        client.GetJournalAsync(filter ?? new JournalFilter(), cancellationToken);

    /// <summary>
    /// The first entry for which <paramref name="predicate"/> holds, waiting up to <paramref name="timeout"/> for it to
    /// come; <see cref="TimeoutException"/> when it does not.
    /// </summary>
    public Task<JournalEntry> WaitForAsync(Func<JournalEntry, bool> predicate, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        client.WaitForJournalEntryAsync(new JournalFilter(), predicate, timeout, cancellationToken);
}
