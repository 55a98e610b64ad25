using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Journal;

/// <summary>
/// Applies <see cref="JournalRetentionOptions"/> to the SQLite file at start and every <c>PruneInterval</c> after, so the
/// journal's disk use has a ceiling. Nothing to do in memory only, where the journal's own bounds are the limit.
/// </summary>
internal sealed partial class JournalRetention(
    RequestJournal journal,
    IOptions<JournalRetentionOptions> retention,
    IOptions<SimulatorOptions> simulator,
    TimeProvider time,
    ILogger<JournalRetention> logger) : BackgroundService
{
    /// <summary>Applies the limits once, now; returns how many entries were deleted.</summary>
    public async Task<int> PruneNowAsync(CancellationToken cancellationToken)
    {
        var deleted = await journal.PruneAsync(retention.Value, time.GetUtcNow(), cancellationToken);
        if (deleted > 0)
        {
            Pruned(logger, deleted);
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (simulator.Value.InMemory)
        {
            return;
        }

        // The first prune of a large file must not hold up the start: the host waits for this method's first await.
        await Task.Yield();

        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await PruneNowAsync(stoppingToken);
            }
#pragma warning disable CA1031 // A prune that fails (a busy or full disk) is tried again at the next interval; the simulator goes on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                PruneFailed(logger, ex);
            }

            try
            {
                await Task.Delay(retention.Value.PruneInterval, time, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(EventId = 70, Level = LogLevel.Debug, Message = "Journal retention deleted {Count} entries")]
    private static partial void Pruned(ILogger logger, int count);

    [LoggerMessage(EventId = 71, Level = LogLevel.Warning, Message = "Journal retention could not prune the data file; it tries again at the next interval")]
    private static partial void PruneFailed(ILogger logger, Exception exception);
}
