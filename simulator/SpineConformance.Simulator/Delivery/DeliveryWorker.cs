using SpineConformance.Simulator.Journal;
using SpineConformance.Validation.Findings;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Delivery;

/// <summary>
/// Sends asynchronous replies to clients' MHS endpoints and retries them per the receiver's reliability settings
/// (attempts, interval, persist duration) until one is acknowledged. Every attempt is journaled as an outbound
/// exchange. Each receiving endpoint has its own lane: its replies go one at a time, in order, while other endpoints'
/// replies go at the same time, so one slow or hanging MHS delays only its own. It sleeps until the next message is due
/// or a new one arrives; time comes from the injected clock. Nothing one delivery does can stop it.
/// </summary>
internal sealed partial class DeliveryWorker(
    IOutbox outbox,
    DeliverySignal signal,
    ReplySender sender,
    RequestJournal journal,
    TimeProvider time,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    public const string HttpClientName = "SpineConformance.Delivery";

    // The last task of each endpoint's lane; only the worker's loop touches this.
    private readonly Dictionary<Uri, Task> lanes = [];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                // If the outbox cannot be read, look again in a second rather than never.
                var sleep = TimeSpan.FromSeconds(1);
                try
                {
                    foreach (var lane in (await outbox.ClaimDueAsync(time.GetUtcNow(), stoppingToken)).GroupBy(m => m.Endpoint))
                    {
                        var before = lanes.GetValueOrDefault(lane.Key) ?? Task.CompletedTask;
                        lanes[lane.Key] = DeliverInTurnAsync(before, [.. lane], stoppingToken);
                    }

                    foreach (var done in lanes.Where(l => l.Value.IsCompleted).Select(l => l.Key).ToList())
                    {
                        lanes.Remove(done);
                    }

                    sleep = SleepUntil(await outbox.NextDueAsync(stoppingToken), time.GetUtcNow());
                }
#pragma warning disable CA1031 // The outbox's store failing once (a locked or full disk) must not end delivery for the process's life.
                catch (Exception ex) when (ex is not OperationCanceledException)
#pragma warning restore CA1031
                {
                    DeliveryLog.WorkerFailed(logger, ex);
                }

                await signal.WaitAsync(sleep, time, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        await Task.WhenAll(lanes.Values);
    }

    /// <summary>
    /// How long the worker sleeps: until the next message is due (not at all when one is overdue), or until a reply is
    /// queued when nothing is pending. <see cref="Timeout.InfiniteTimeSpan"/> is negative, so it must never meet the clamp
    /// for overdue messages, or an idle worker would spin.
    /// </summary>
    public static TimeSpan SleepUntil(DateTimeOffset? nextDue, DateTimeOffset now) => nextDue switch
    {
        null => Timeout.InfiniteTimeSpan,
        { } due when due <= now => TimeSpan.Zero,
        { } due => due - now,
    };

    private async Task DeliverInTurnAsync(Task before, IReadOnlyList<OutboundMessage> messages, CancellationToken stoppingToken)
    {
        await before;
        foreach (var message in messages)
        {
            try
            {
                // Recorded even while stopping: an attempt made must not leave its message claimed.
                await outbox.CompleteAsync(await AttemptAsync(message, stoppingToken), CancellationToken.None);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
#pragma warning disable CA1031 // One message that cannot be recorded is logged; the lane and the worker go on.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                DeliveryLog.AttemptFailed(logger, message.Id, ex);
                await ReleaseAsync(message, ex);
            }
        }

        // A retry may now be due sooner than the worker's sleep: let it look again.
        signal.Notify();
    }

    // An attempt that could not be completed or journaled still counts: the message goes back for a retry one interval on,
    // or is given up when it has no attempts or time left, so it never stays claimed (in memory, for ever).
    private async Task ReleaseAsync(OutboundMessage message, Exception failure)
    {
        var attempt = message.Attempts + 1;
        var retryAt = time.GetUtcNow() + RetryInterval(message);
        var outcome = $"attempt {attempt} could not be completed or recorded ({failure.GetType().Name}: {failure.Message})";
        var released = attempt < message.MaxAttempts && retryAt <= message.ExpiresAt
            ? message with { Attempts = attempt, NextAttemptAt = retryAt, LastOutcome = $"{outcome}; retried at {retryAt:O}" }
            : message with { Attempts = attempt, State = DeliveryState.Undelivered, LastOutcome = $"{outcome}; given up" };
        try
        {
            await outbox.CompleteAsync(released, CancellationToken.None);
        }
#pragma warning disable CA1031 // The outbox itself failing is logged; the worker goes on.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            DeliveryLog.ReleaseFailed(logger, message.Id, ex);
        }
    }

    // Bounded here too: a data file written before the bounds were checked may hold a zero interval.
    private static TimeSpan RetryInterval(OutboundMessage message) =>
        message.RetryInterval < ReliabilitySettings.MinRetryInterval ? ReliabilitySettings.MinRetryInterval : message.RetryInterval;

    private async Task<OutboundMessage> AttemptAsync(OutboundMessage message, CancellationToken stoppingToken)
    {
        var attempt = message.Attempts + 1;
        var endpoint = message.Endpoint.ToString();
        var started = time.GetTimestamp();
        var sentAt = time.GetUtcNow();
        if (sentAt > message.ExpiresAt)
        {
            return message with { State = DeliveryState.Undelivered, LastOutcome = "the persist duration passed before it could be delivered" };
        }

        var (status, answer, _, verdict, retriable) = await sender.SendAsync(message, stoppingToken);
        var lost = verdict.Delivered && message.AcknowledgementsToLose > 0;
        if (lost)
        {
            verdict = new DeliveryVerdict(false, $"{verdict.Reason}, treated as lost by a fault rule");
            message = message with { AcknowledgementsToLose = message.AcknowledgementsToLose - 1 };
        }

        var retryAt = sentAt + RetryInterval(message);
        var updated = verdict.Delivered
            ? message with { Attempts = attempt, State = DeliveryState.Delivered, LastOutcome = verdict.Reason }
            : retriable && attempt < message.MaxAttempts && retryAt <= message.ExpiresAt
                ? message with { Attempts = attempt, NextAttemptAt = retryAt, LastOutcome = verdict.Reason }
                : message with { Attempts = attempt, State = DeliveryState.Undelivered, LastOutcome = verdict.Reason };
        var outcome = updated.State switch
        {
            DeliveryState.Delivered => $"delivered: {verdict.Reason}",
            DeliveryState.Pending => $"not acknowledged ({verdict.Reason}); retry {attempt} of {message.MaxAttempts - 1} at {retryAt:O}",
            _ => $"undelivered after {attempt} attempt(s): {verdict.Reason}",
        };
        await journal.AddAsync(new JournalEntry(journal.NextId(), sentAt, time.GetElapsedTime(started), endpoint, message.SoapAction,
            message.InteractionId, status, message.Body, answer, ValidationReport.Empty)
        {
            Direction = ExchangeDirection.Outbound,
            NhsNumber = message.NhsNumber,
            SenderAsid = message.RecipientAsid,
            ConversationId = message.ConversationId,
            EbxmlMessageId = message.MessageId,
            RefToMessageId = message.RefToMessageId,
            RequestContentType = message.ContentType,
            Attempt = attempt,
            Outcome = outcome,
        }, CancellationToken.None);
        DeliveryLog.Attempt(logger, message.InteractionId ?? "(reply)", endpoint, attempt, outcome);
        return updated;
    }

    private static partial class DeliveryLog
    {
        [LoggerMessage(EventId = 10, Level = LogLevel.Debug, Message = "{Interaction} to {Endpoint}, attempt {Attempt}: {Outcome}")]
        public static partial void Attempt(ILogger logger, string interaction, string endpoint, int attempt, string outcome);

        [LoggerMessage(EventId = 11, Level = LogLevel.Warning, Message = "Outbound message {Id} could not be sent or recorded; it is released for a retry, or given up when it has no attempts or time left")]
        public static partial void AttemptFailed(ILogger logger, long id, Exception exception);

        [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "Outbound message {Id} could not be released after a failed attempt; it stays claimed until the next start")]
        public static partial void ReleaseFailed(ILogger logger, long id, Exception exception);

        [LoggerMessage(EventId = 12, Level = LogLevel.Error, Message = "The outbox could not be read; delivery tries again in a second")]
        public static partial void WorkerFailed(ILogger logger, Exception exception);
    }
}
