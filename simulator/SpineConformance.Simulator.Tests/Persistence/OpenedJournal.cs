using Microsoft.Extensions.Logging.Abstractions;
using SpineConformance.Simulator.Persistence.Sqlite;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>A SQLite journal store on a new data file, for tests of the store itself; disposed in the order it was opened against.</summary>
internal sealed class OpenedJournal : IDisposable
{
    /// <param name="writeBehindWindow">How long an entry written behind waits for others (the store's default unless given).</param>
    /// <param name="bodyFileBytes">The size of the journal's body files (16 MiB unless given).</param>
    public OpenedJournal(TimeSpan? writeBehindWindow = null, long bodyFileBytes = JournalBodyFiles.DefaultSegmentBytes)
    {
        Database = new SqliteDatabase(File.Path, bodyFileBytes);
        Database.Migrate();
        Store = new SqliteJournalStore(Database, NullLogger.Instance, writeBehindWindow);
    }

    public DataFile File { get; } = new();

    public SqliteDatabase Database { get; }

    public SqliteJournalStore Store { get; }

    public void Dispose()
    {
        Store.Dispose();
        Database.Dispose();
        File.Dispose();
    }
}
