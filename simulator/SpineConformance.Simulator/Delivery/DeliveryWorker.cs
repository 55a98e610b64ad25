using System.Net.Http.Headers;
using SpineConformance.Simulator.Journal;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Delivery;

/// <summary>
/// Sends asynchronous replies to clients' MHS endpoints and retries them per the receiver's reliability settings
/// (attempts, interval, persist duration) until one is acknowledged. Every attempt is journaled as an outbound
/// exchange. It sleeps until the next message is due or a new one arrives; time comes from the injected clock.
/// </summary>
internal sealed partial class DeliveryWorker(
    IOutbox outbox,
    DeliverySignal signal,
    AcknowledgmentCheck acknowledgments,
    IHttpClientFactory httpClients,
    RequestJournal journal,
    TimeProvider time,
    ILogger<DeliveryWorker> logger) : BackgroundService
{
    public const string HttpClientName = "SpineConformance.Delivery";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var message in outbox.ClaimDue(time.GetUtcNow()))
            {
                outbox.Complete(await AttemptAsync(message, stoppingToken));
            }

            await signal.WaitAsync(SleepUntil(outbox.NextDue(), time.GetUtcNow()), time, stoppingToken);
        }
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

        int status;
        byte[] answer;
        string? answerType;
        DeliveryVerdict verdict;
        try
        {
            using var content = new ByteArrayContent(message.Body);
            content.Headers.TryAddWithoutValidation("Content-Type", message.ContentType);
            using var request = new HttpRequestMessage(HttpMethod.Post, message.Endpoint) { Content = content };
            request.Headers.TryAddWithoutValidation("SOAPAction", message.SoapAction);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, stoppingToken);
            status = (int)response.StatusCode;
            answer = await response.Content.ReadAsByteArrayAsync(stoppingToken);
            answerType = response.Content.Headers.ContentType?.ToString();
            verdict = message.AcknowledgmentRequired
                ? acknowledgments.Check(status, answerType, answer, message.MessageId, message.ConversationId)
                : new DeliveryVerdict(status is >= 200 and < 300, $"HTTP {status}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException && !stoppingToken.IsCancellationRequested)
        {
            status = 0;
            answer = [];
            answerType = null;
            verdict = new DeliveryVerdict(false, $"could not reach {message.Endpoint}: {ex.Message}");
        }

        var lost = verdict.Delivered && message.AcknowledgementsToLose > 0;
        if (lost)
        {
            verdict = new DeliveryVerdict(false, $"{verdict.Reason}, treated as lost by a fault rule");
            message = message with { AcknowledgementsToLose = message.AcknowledgementsToLose - 1 };
        }

        var retryAt = sentAt + message.RetryInterval;
        var updated = verdict.Delivered
            ? message with { Attempts = attempt, State = DeliveryState.Delivered, LastOutcome = verdict.Reason }
            : attempt < message.MaxAttempts && retryAt <= message.ExpiresAt
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
        });
        DeliveryLog.Attempt(logger, message.InteractionId ?? "(reply)", endpoint, attempt, outcome);
        return updated;
    }

    private static partial class DeliveryLog
    {
        [LoggerMessage(EventId = 10, Level = LogLevel.Information, Message = "{Interaction} to {Endpoint}, attempt {Attempt}: {Outcome}")]
        public static partial void Attempt(ILogger logger, string interaction, string endpoint, int attempt, string outcome);
    }
}
