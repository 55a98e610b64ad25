using System.Threading.Channels;
using Npgsql;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Persistence.Postgres;

/// <summary>
/// On PostgreSQL, listens on <see cref="PostgresChanges.Channel"/> and reads the directory or the tenants again when
/// another replica changes them, so a system registered or a tenant created, given a new key or removed through one replica
/// is answered with and scoped by on every replica, without a restart. Each time it starts listening (at start-up, and
/// after a lost connection, when notifications may have been missed) it reads both again.
/// </summary>
internal sealed partial class PostgresChangeListener(IServiceProvider services, ILogger<PostgresChangeListener> logger) : BackgroundService
{
    private static readonly TimeSpan Reconnect = TimeSpan.FromSeconds(1);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (services.GetRequiredService<IDirectoryStore>() is not PostgresDirectoryStore)
        {
            return;
        }

        var reload = new Reload(
            services.GetRequiredService<PostgresDatabase>(),
            services.GetRequiredService<StoredDirectory>(),
            services.GetRequiredService<TenantRegistry>());
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await ListenAsync(reload, stoppingToken);
            }
            catch (Exception e) when (e is NpgsqlException or IOException or InvalidOperationException or System.Text.Json.JsonException)
            {
                Log.ListeningFailed(logger, e, Reconnect);
                await Task.Delay(Reconnect, stoppingToken);
            }
        }
    }

    private static async Task ListenAsync(Reload reload, CancellationToken stoppingToken)
    {
        var own = reload.Database.Replica;
        var changed = Channel.CreateUnbounded<string>(new() { SingleReader = true });
        await using var connection = await reload.Database.OpenAsync(stoppingToken);
        // Read back on other connections, never on this one: it only waits for notifications.
        connection.Notification += (_, e) =>
        {
            if (PostgresChanges.Parse(e.Payload) is { } notice && notice.Replica != own)
            {
                changed.Writer.TryWrite(notice.What);
            }
        };
        await using (var listen = new NpgsqlCommand($"LISTEN {PostgresChanges.Channel};", connection))
        {
            await listen.ExecuteNonQueryAsync(stoppingToken);
        }

        // Listening from here on: whatever changed before (while starting, or while the connection was lost) is read now.
        changed.Writer.TryWrite(PostgresChanges.Directory);
        changed.Writer.TryWrite(PostgresChanges.Tenants);
        // A failed read ends the wait too, so the next connection reads everything again.
        using var listening = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        var reading = ReadAgainAsync(changed.Reader, reload, listening);
        try
        {
            while (!listening.IsCancellationRequested)
            {
                await connection.WaitAsync(listening.Token);
            }
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            // The reading failed: its exception is thrown below.
        }
        finally
        {
            changed.Writer.TryComplete();
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await reading;
    }

    private static async Task ReadAgainAsync(ChannelReader<string> changed, Reload reload, CancellationTokenSource listening)
    {
        try
        {
            await ReadAgainAsync(changed, reload, listening.Token);
        }
        catch
        {
            await listening.CancelAsync();
            throw;
        }
    }

    private static async Task ReadAgainAsync(ChannelReader<string> changed, Reload reload, CancellationToken stoppingToken)
    {
        while (await changed.WaitToReadAsync(stoppingToken))
        {
            // Several notifications waiting need one read of each part they name.
            var what = new HashSet<string>(StringComparer.Ordinal);
            while (changed.TryRead(out var one))
            {
                what.Add(one);
            }

            if (what.Contains(PostgresChanges.Directory))
            {
                await reload.Directory.ReadAgainAsync(stoppingToken);
            }

            if (what.Contains(PostgresChanges.Tenants))
            {
                await reload.Tenants.ReloadAsync(stoppingToken);
            }
        }
    }

    private sealed record Reload(PostgresDatabase Database, StoredDirectory Directory, TenantRegistry Tenants);

    private static partial class Log
    {
        [LoggerMessage(EventId = 95, Level = LogLevel.Warning, Message = "Listening for other replicas' directory and tenant changes failed; listening again in {Delay}, then reading both again.")]
        public static partial void ListeningFailed(ILogger logger, Exception exception, TimeSpan delay);
    }
}
