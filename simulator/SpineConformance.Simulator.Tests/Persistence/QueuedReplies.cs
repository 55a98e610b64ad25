using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>A queued reliable reply for outbox tests, and the wait for the delivery worker to release one.</summary>
internal static class QueuedReplies
{
    /// <summary>Bytes that are not text (a NUL and a 0xFF), so a store that treats bodies as strings shows it.</summary>
    public static readonly byte[] Bytes = [0x3c, 0x61, 0x2f, 0x3e, 0x00, 0xff];

    /// <summary>A reply to an LR request, due at <paramref name="due"/>, to an endpoint nothing listens on (port 9).</summary>
    public static OutboundMessage Reply(string messageId, DateTimeOffset due) => new()
    {
        Endpoint = new Uri("http://127.0.0.1:9/inbound"),
        ContentType = "multipart/related; boundary=\"--=_MIME-Boundary\"; type=\"text/xml\"",
        SoapAction = "urn:nhs:names:services:lrs/REPC_IN020000UK13",
        Body = Bytes,
        MessageId = messageId,
        ConversationId = "C-1",
        RefToMessageId = "M-REQUEST",
        RecipientAsid = "200000000001",
        InteractionId = "REPC_IN020000UK13",
        NhsNumber = "9434765919",
        MaxAttempts = 3,
        RetryInterval = TimeSpan.FromSeconds(30),
        ExpiresAt = due.AddMinutes(5),
        NextAttemptAt = due,
    };

    /// <summary>
    /// Waits (in real time) until the outbox's next due time is <paramref name="expected"/>: a test on a fake clock moves
    /// the clock only once the worker has released a failed attempt, or the release would count from the later time.
    /// </summary>
    public static async Task<bool> NextDueBecomesAsync(IOutbox outbox, DateTimeOffset expected, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (!limit.IsCancellationRequested)
        {
            if (await outbox.NextDueAsync(CancellationToken.None) == expected)
            {
                return true;
            }

            await Task.Delay(10, CancellationToken.None);
        }

        return false;
    }
}
