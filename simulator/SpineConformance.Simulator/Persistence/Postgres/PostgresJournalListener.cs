using Npgsql;
using SpineConformance.Simulator.Journal;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// On PostgreSQL, listens on the journal's channel (<see cref="PostgresJournalStore.Channel"/>) and shows each entry another
/// replica stored in this replica's journal, so the admin journal list and the console's live stream show every
/// replica's exchanges. Its own entries it already holds. A lost connection is opened again, and each time it listens
/// (the first time too) it catches up before reading notifications: it reads, in pages, the entries stored after the
/// newest its journal holds (no more than the journal keeps), and shows those it does not hold yet. The journal shows an
/// entry once however it arrives, so one both read back and notified is listed once.
/// </summary>
internal sealed class PostgresJournalListener(IServiceProvider services, ILogger<PostgresJournalListener> logger) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);

    // Entries read back per query when catching up: a long outage is read in bounded steps, not one large result.
    private const int CatchUpPage = 200;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetRequiredService<IJournalStore>() is not PostgresJournalStore store)
        {
            return;
        }

        var database = services.GetRequiredService<PostgresDatabase>();
        var journal = services.GetRequiredService<RequestJournal>();
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

    private static async Task ListenAsync(PostgresDatabase database, PostgresJournalStore store, RequestJournal journal, CancellationToken stoppingToken)
    {
        var own = store.Replica;
        var arrived = System.Threading.Channels.Channel.CreateUnbounded<long>(new() { SingleReader = true });
        await using var connection = await database.OpenAsync(stoppingToken);
        // Notifications arrive on the listening connection; they are read back by id on others, never on this one.
        connection.Notification += (_, e) =>
        {
            if (Parse(e.Payload) is { } notice && notice.Replica != own)
            {
                arrived.Writer.TryWrite(notice.Id);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresJournalStore.Channel};", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Only now: an entry stored from here on is notified, so nothing falls between catching up and listening.
        await CatchUpAsync(store, journal, stoppingToken);
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

    // From the newest id held: an entry another replica numbered below it but stored only while this one was not listening
    // is still found by id, but not listed (ids are taken before the insert commits, so this can happen only to an entry
    // in flight as the connection was lost).
    private static async Task CatchUpAsync(PostgresJournalStore store, RequestJournal journal, CancellationToken stoppingToken)
    {
        var left = journal.Capacity;
        var after = await store.CatchUpStartAsync(journal.HighestHeldId, left, stoppingToken);
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

    private static async Task ShowAsync(System.Threading.Channels.ChannelReader<long> arrived, PostgresJournalStore store, RequestJournal journal, CancellationToken stoppingToken)
    {
        await foreach (var id in arrived.ReadAllAsync(stoppingToken))
        {
            if (await store.FindAsync(id, stoppingToken) is { } entry)
            {
                journal.AddStoredElsewhere(entry);
            }
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
