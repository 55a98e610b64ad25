using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Persistence;

public sealed class OutboxPersistenceTests
{
    private static readonly byte[] Bytes = [0x3c, 0x61, 0x2f, 0x3e, 0x00, 0xff];

    [Test]
    public async Task Restart_KeepsAPendingReply_WithItsBytesAndRetryState()
    {
        using var file = new DataFile();
        var clock = new FakeTimeProvider();
        var later = clock.GetUtcNow().AddHours(1);
        OutboundMessage enqueued;
        await using (var first = await file.StartHostAsync(time: clock))
        {
            enqueued = await first.Services.GetRequiredService<IOutbox>().EnqueueAsync(Reply(later));
        }

        await using var second = await file.StartHostAsync(time: clock);
        var outbox = second.Services.GetRequiredService<IOutbox>();

        var pending = outbox.Snapshot().Single();
        Assert.That(pending.Body, Is.EqualTo(enqueued.Body));
        Assert.That(pending with { Body = enqueued.Body }, Is.EqualTo(enqueued), "every field, still Pending");
        Assert.That(outbox.NextDue(), Is.EqualTo(later));
    }

    [Test]
    public async Task Restart_ResumesDelivery_WhenThePendingReplyFallsDue()
    {
        using var file = new DataFile();
        var clock = new FakeTimeProvider();
        var later = clock.GetUtcNow().AddHours(1);
        await using (var first = await file.StartHostAsync(time: clock))
        {
            await first.Services.GetRequiredService<IOutbox>().EnqueueAsync(Reply(later));
        }

        await using var second = await file.StartHostAsync(time: clock);
        clock.Advance(TimeSpan.FromHours(1));

        var attempt = await second.Journal.WaitForAsync(e => e.EbxmlMessageId == "M-REPLY", TimeSpan.FromSeconds(10));
        Assert.That((attempt.Direction, attempt.Attempt, attempt.RequestBody), Is.EqualTo((ExchangeDirection.Outbound, (int?)1, Bytes)));
        clock.Advance(TimeSpan.FromSeconds(30));
        var retry = await second.Journal.WaitForAsync(e => e.EbxmlMessageId == "M-REPLY" && e.Attempt == 2, TimeSpan.FromSeconds(10));
        Assert.That(retry.ReceivedAt, Is.EqualTo(later.AddSeconds(30)), "the retry keeps the stored interval");
    }

    [Test]
    public async Task ClaimDue_HandsAMessageToOneWorkerOnly_AndAClaimLeftByAStoppedProcessIsReleased()
    {
        using var file = new DataFile();
        var clock = new FakeTimeProvider();
        var later = clock.GetUtcNow().AddHours(1);
        await using (var first = await file.StartHostAsync(time: clock))
        {
            var outbox = first.Services.GetRequiredService<IOutbox>();
            var enqueued = await outbox.EnqueueAsync(Reply(later));

            var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => outbox.ClaimDue(later))));

            Assert.That(claims.SelectMany(c => c).Select(m => m.Id), Is.EqualTo(new[] { enqueued.Id }), "exactly one claim gets it");
            Assert.That(outbox.NextDue(), Is.Null, "a claimed message is not due again until completed");
        }

        await using var second = await file.StartHostAsync(time: clock);
        var reopened = second.Services.GetRequiredService<IOutbox>();

        var again = reopened.ClaimDue(later).Single();
        reopened.Complete(again with { Attempts = 1, NextAttemptAt = later.AddMinutes(1), LastOutcome = "no acknowledgement" });
        var stored = reopened.Snapshot().Single();
        Assert.That(stored.Body, Is.EqualTo(Bytes));
        Assert.That(stored with { Body = Bytes },
            Is.EqualTo(again with { Body = Bytes, Attempts = 1, NextAttemptAt = later.AddMinutes(1), LastOutcome = "no acknowledgement" }));
        Assert.That(reopened.NextDue(), Is.EqualTo(later.AddMinutes(1)), "completing releases the claim");
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
