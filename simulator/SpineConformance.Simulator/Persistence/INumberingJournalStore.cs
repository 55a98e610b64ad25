namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// A journal store that several simulator processes share (a server database): it hands out entry ids itself, from the
/// database, so ids increase across every replica and none is given twice. <see cref="Journal.RequestJournal"/> numbers each
/// entry from <see cref="NextIdAsync"/> as it adds it. A store that one process owns (SQLite, memory) is not one of these:
/// the journal counts on from <see cref="IJournalStore.HighestIdAsync"/> in the process.
/// </summary>
public interface INumberingJournalStore : IJournalStore
{
    /// <summary>An id no entry has had, higher than every id handed out before it was called.</summary>
    Task<long> NextIdAsync(CancellationToken cancellationToken);
}
