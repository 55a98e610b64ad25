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
    [Test]
    public async Task Restart_ResumesDelivery_WhenThePendingReplyFallsDue()
    {
        using var file = new DataFile();
        var clock = new FakeTimeProvider();
        var later = clock.GetUtcNow().AddHours(1);
        await using (var first = await file.StartHostAsync(time: clock))
        {
            await first.Services.GetRequiredService<IOutbox>().EnqueueAsync(QueuedReplies.Reply("M-REPLY", later) with { AcknowledgementsToLose = 1 }, CancellationToken.None);
        }

        await using var second = await file.StartHostAsync(time: clock);
        clock.Advance(TimeSpan.FromHours(1));

        var attempt = await second.Journal.WaitForAsync(e => e.EbxmlMessageId == "M-REPLY", TimeSpan.FromSeconds(10));
        Assert.That((attempt.Direction, attempt.Attempt, attempt.RequestBody), Is.EqualTo((ExchangeDirection.Outbound, (int?)1, QueuedReplies.Bytes)));
        // The clock moves only once the worker has released the failed attempt, or the release would count from the later
        // time and the retry would wait for a moment the fake clock never reaches.
        Assert.That(await QueuedReplies.NextDueBecomesAsync(second.Services.GetRequiredService<IOutbox>(), later.AddSeconds(30), TimeSpan.FromSeconds(10)), Is.True,
            "the failed attempt was released for a retry one interval later");
        clock.Advance(TimeSpan.FromSeconds(30));
        var retry = await second.Journal.WaitForAsync(e => e.EbxmlMessageId == "M-REPLY" && e.Attempt == 2, TimeSpan.FromSeconds(10));
        Assert.That(retry.ReceivedAt, Is.EqualTo(later.AddSeconds(30)), "the retry keeps the stored interval");
    }
}
