using Npgsql;
using SpineConformance.Simulator.Journal;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// On PostgreSQL, listens on the journal's channel (<see cref="PostgresJournalStore.Channel"/>) and shows each entry another
/// replica stored in this replica's journal, so the admin journal list and the console's live stream show every
/// replica's exchanges. Its own entries it already holds. A lost connection is opened again, and each time it listens
/// (the first time too) it catches up before reading notifications: it reads, in pages, the entries stored with ids above
/// the newest its journal had shown when it last heard on the channel (no more than the journal keeps), and shows those it
/// does not hold yet. The journal shows an entry once however it arrives, so one both read back and notified is listed once.
/// </summary>
internal sealed class PostgresJournalListener(IServiceProvider services, ILogger<PostgresJournalListener> logger) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);

    // Entries read back per query when catching up: a long outage is read in bounded steps, not one large result.
    private const int CatchUpPage = 200;

    // Where the next catch-up starts: the newest id the journal had shown when the listening connection was last known to
    // work (listening began, or a notification arrived and has been dealt with). Not simply the newest it shows when it
    // listens again: this replica's own exchanges go on being shown while it is not listening, and their ids can pass
    // those of entries other replicas stored meanwhile. At first, the newest the journal brought back from the store.
    private long heardUpTo;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetRequiredService<IJournalStore>() is not PostgresJournalStore store)
        {
            return;
        }

        var database = services.GetRequiredService<PostgresDatabase>();
        var journal = services.GetRequiredService<RequestJournal>();
        // Before the first await: hosted services start before the server takes exchanges.
        heardUpTo = journal.HighestShownId;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(database, store, journal, stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or System.IO.IOException or InvalidOperationException)
            {
                logger.LogWarning(e, "Listening for other replicas' journal entries failed; listening again in {Delay}.", Reconnect);
                await Task.Delay(Reconnect, stoppingToken);
            }
        }
    }

    private async Task ListenAsync(PostgresDatabase database, PostgresJournalStore store, RequestJournal journal, CancellationToken stoppingToken)
    {
        var own = store.Replica;
        var arrived = System.Threading.Channels.Channel.CreateUnbounded<(long? Id, long Heard)>(new() { SingleReader = true });
        await using var connection = await database.OpenAsync(stoppingToken);
        // Notifications arrive on the listening connection; they are read back by id on others, never on this one. This
        // replica's own are not read back (it shows them itself), but they too show the connection works.
        connection.Notification += (_, e) =>
        {
            if (Parse(e.Payload) is { } notice)
            {
                arrived.Writer.TryWrite((notice.Replica == own ? null : notice.Id, journal.HighestShownId));
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresJournalStore.Channel};", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Only now: an entry stored from here on is notified, so nothing falls between catching up and listening.
        var listening = journal.HighestShownId;
        var from = Volatile.Read(ref heardUpTo);
        await CatchUpAsync(store, journal, from, stoppingToken);
        Volatile.Write(ref heardUpTo, Math.Max(from, listening));
        var reading = ShowAsync(arrived.Reader, store, journal, stoppingToken);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await connection.WaitAsync(stoppingToken);
            }
        }
        finally
        {
            arrived.Writer.TryComplete();
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    // An entry another replica numbered below the starting id but stored only while this one was not listening is still
    // found by id, but not listed: ids are taken before the insert commits, so only an entry in flight as the connection
    // was lost can be missed so.
    private static async Task CatchUpAsync(PostgresJournalStore store, RequestJournal journal, long from, CancellationToken stoppingToken)
    {
        var left = journal.Capacity;
        var after = await store.CatchUpStartAsync(from, left, stoppingToken);
        while (left > 0)
        {
            var page = await store.AfterAsync(after, Math.Min(CatchUpPage, left), stoppingToken);
            foreach (var entry in page)
            {
                journal.AddStoredElsewhere(entry);
            }

            if (page.Count < CatchUpPage)
            {
                return;
            }

            left -= page.Count;
            after = page[^1].Id;
        }
    }

    private async Task ShowAsync(System.Threading.Channels.ChannelReader<(long? Id, long Heard)> arrived, PostgresJournalStore store, RequestJournal journal, CancellationToken stoppingToken)
    {
        await foreach (var (id, heard) in arrived.ReadAllAsync(stoppingToken))
        {
            if (id is { } another && await store.FindAsync(another, stoppingToken) is { } entry)
            {
                journal.AddStoredElsewhere(entry);
            }

            // Every entry notified before this one has been dealt with, and the connection worked when it came.
            Volatile.Write(ref heardUpTo, Math.Max(Volatile.Read(ref heardUpTo), heard));
        }
    }

    private static (long Replica, long Id)? Parse(string payload)
    {
        var parts = payload.Split(':');
        return parts.Length == 2 && long.TryParse(parts[0], System.Globalization.CultureInfo.InvariantCulture, out var replica)
            && long.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var id)
            ? (replica, id)
            : null;
    }
}
