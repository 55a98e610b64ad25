using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>
/// A restarted simulator resumes delivering what its outbox held. What the outbox itself keeps across a reopen, and
/// claiming once, are the store contract's (Contract/OutboxContract).
/// </summary>
public sealed class OutboxPersistenceTests
{
    private static readonly byte[] Bytes = [0x3c, 0x61, 0x2f, 0x3e, 0x00, 0xff];

    [Test]
    public async Task Restart_ResumesDelivery_WhenThePendingReplyFallsDue()
    {
        using var file = new DataFile();
        var clock = new FakeTimeProvider();
        var later = clock.GetUtcNow().AddHours(1);
        await using (var first = await file.StartHostAsync(time: clock))
        {
            await first.Services.GetRequiredService<IOutbox>().EnqueueAsync(Reply(later), CancellationToken.None);
        }

        await using var second = await file.StartHostAsync(time: clock);
        clock.Advance(TimeSpan.FromHours(1));

        var attempt = await second.Journal.WaitForAsync(e => e.EbxmlMessageId == "M-REPLY", TimeSpan.FromSeconds(10));
        Assert.That((attempt.Direction, attempt.Attempt, attempt.RequestBody), Is.EqualTo((ExchangeDirection.Outbound, (int?)1, Bytes)));
        // The clock moves only once the worker has released the failed attempt, or the release would count from the later
        // time and the retry would wait for a moment the fake clock never reaches.
        Assert.That(await NextDueBecomesAsync(second.Services.GetRequiredService<IOutbox>(), later.AddSeconds(30), TimeSpan.FromSeconds(10)), Is.True,
            "the failed attempt was released for a retry one interval later");
        clock.Advance(TimeSpan.FromSeconds(30));
        var retry = await second.Journal.WaitForAsync(e => e.EbxmlMessageId == "M-REPLY" && e.Attempt == 2, TimeSpan.FromSeconds(10));
        Assert.That(retry.ReceivedAt, Is.EqualTo(later.AddSeconds(30)), "the retry keeps the stored interval");
    }

    private static async Task<bool> NextDueBecomesAsync(IOutbox outbox, DateTimeOffset expected, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (!limit.IsCancellationRequested)
        {
            if (await outbox.NextDueAsync(CancellationToken.None) == expected)
            {
                return true;
            }

            await Task.Delay(20, CancellationToken.None);
        }

        return false;
    }

    private static OutboundMessage Reply(DateTimeOffset due) => new()
    {
        Endpoint = new Uri("http://127.0.0.1:9/inbound"),
        ContentType = "multipart/related; boundary=\"--=_MIME-Boundary\"; type=\"text/xml\"",
        SoapAction = "urn:nhs:names:services:lrs/REPC_IN020000UK13",
        Body = Bytes,
        MessageId = "M-REPLY",
        ConversationId = "C-1",
        RefToMessageId = "M-REQUEST",
        RecipientAsid = "200000000001",
        InteractionId = "REPC_IN020000UK13",
        NhsNumber = "9434765919",
        MaxAttempts = 3,
        RetryInterval = TimeSpan.FromSeconds(30),
        ExpiresAt = due.AddMinutes(5),
        NextAttemptAt = due,
        AcknowledgementsToLose = 1,
    };
}
