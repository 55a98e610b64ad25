using Npgsql;
using SpineConformance.Simulator.Journal;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// On PostgreSQL, listens on the journal's channel (<see cref="PostgresJournalStore.Channel"/>) and shows each entry another
/// replica stored in this replica's journal, so the admin journal list and the console's live stream show every
/// replica's exchanges. Its own entries it already holds. A lost connection is opened again; entries stored meanwhile are
/// found by id as before, but are not listed here.
/// </summary>
internal sealed class PostgresJournalListener(IServiceProvider services, ILogger<PostgresJournalListener> logger) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);

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
