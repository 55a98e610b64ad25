using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Tests.Persistence.Contract;

/// <summary>
/// What every outbox must do: queue with new ids, claim what is due once (oldest due first), release a claim on
/// completion, say when the next message is due, reset by scope, cancel, and (when it persists) keep pending replies
/// across a reopen with any claim left by the stopped process released.
/// </summary>
public abstract class OutboxContract : StoreContract
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly byte[] Bytes = QueuedReplies.Bytes;

    [Test]
    public async Task Enqueue_GivesIncreasingIds_AndKeepsEveryFieldAndByte()
    {
        var first = await Stores.Outbox.EnqueueAsync(Reply("M-1", Now), None);
        var second = await Stores.Outbox.EnqueueAsync(Reply("M-2", Now), None);

        Assert.That(second.Id, Is.GreaterThan(first.Id));
        Assert.That((await Stores.Outbox.ListAsync(None)).Select(m => m.MessageId), Is.EqualTo(new[] { "M-1", "M-2" }));
        var found = await Stores.Outbox.FindAsync(first.Id, None);
        Assert.That(found?.Body, Is.EqualTo(Bytes));
        Assert.That(found! with { Body = first.Body }, Is.EqualTo(first));
        Assert.That(await Stores.Outbox.FindAsync(second.Id + 1, None), Is.Null);
    }

    [Test]
    public async Task ClaimDue_TakesOnlyPendingMessagesDueNow_EarliestFirst()
    {
        await Stores.Outbox.EnqueueAsync(Reply("M-LATER", Now.AddMinutes(1)), None);
        await Stores.Outbox.EnqueueAsync(Reply("M-DUE-SECOND", Now), None);
        await Stores.Outbox.EnqueueAsync(Reply("M-DUE-FIRST", Now.AddSeconds(-5)), None);
        await Stores.Outbox.EnqueueAsync(Reply("M-GIVEN-UP", Now.AddSeconds(-10)) with { State = DeliveryState.Undelivered }, None);

        var claimed = await Stores.Outbox.ClaimDueAsync(Now, None);

        Assert.That(claimed.Select(m => m.MessageId), Is.EqualTo(new[] { "M-DUE-FIRST", "M-DUE-SECOND" }));
        Assert.That(await Stores.Outbox.NextDueAsync(None), Is.EqualTo(Now.AddMinutes(1)), "claimed messages are not due again");
    }

    [Test]
    public async Task AClaimedMessage_IsNotClaimedTwice_EvenByConcurrentWorkers()
    {
        var queued = await Stores.Outbox.EnqueueAsync(Reply("M-1", Now), None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Stores.Outbox.ClaimDueAsync(Now, None))));

        Assert.That(claims.SelectMany(c => c).Select(m => m.Id), Is.EqualTo(new[] { queued.Id }), "exactly one claim gets it");
        Assert.That(await Stores.Outbox.ClaimDueAsync(Now.AddHours(1), None), Is.Empty, "still claimed later on");
        Assert.That(await Stores.Outbox.NextDueAsync(None), Is.Null);
    }

    [Test]
    public async Task Complete_KeepsTheOutcome_AndReleasesTheClaim()
    {
        await Stores.Outbox.EnqueueAsync(Reply("M-1", Now), None);
        var claimed = (await Stores.Outbox.ClaimDueAsync(Now, None)).Single();
        var retry = claimed with { Attempts = 1, NextAttemptAt = Now.AddSeconds(30), LastOutcome = "no acknowledgement" };

        await Stores.Outbox.CompleteAsync(retry, None);

        Assert.That(await Stores.Outbox.NextDueAsync(None), Is.EqualTo(Now.AddSeconds(30)));
        var again = (await Stores.Outbox.ClaimDueAsync(Now.AddSeconds(30), None)).Single();
        Assert.That(again with { Body = retry.Body }, Is.EqualTo(retry));
        await Stores.Outbox.CompleteAsync(again with { State = DeliveryState.Delivered }, None);
        Assert.That(await Stores.Outbox.NextDueAsync(None), Is.Null, "a delivered message is never due");
    }

    [Test]
    public async Task Reset_ByPatientOrBySystem_ForgetsOnlyTheirMessages_WhateverTheirState()
    {
        await Stores.Outbox.EnqueueAsync(Reply("M-1", Now) with { NhsNumber = "9434765919", RecipientAsid = "200000000001" }, None);
        await Stores.Outbox.EnqueueAsync(Reply("M-2", Now) with { NhsNumber = "9434765870", RecipientAsid = "200000000001" }, None);
        await Stores.Outbox.EnqueueAsync(Reply("M-3", Now) with { NhsNumber = "9434765870", RecipientAsid = "200000000002" }, None);
        await Stores.Outbox.ClaimDueAsync(Now, None);

        Assert.That(await Stores.Outbox.ResetAsync(ResetScope.Patient("9434765919"), None), Is.EqualTo(1));
        Assert.That(await Stores.Outbox.ResetAsync(ResetScope.System("200000000002"), None), Is.EqualTo(1));
        Assert.That((await Stores.Outbox.ListAsync(None)).Select(m => m.MessageId), Is.EqualTo(new[] { "M-2" }));
        Assert.That(await Stores.Outbox.ResetAsync(ResetScope.Everything, None), Is.EqualTo(1));
        Assert.That(await Stores.Outbox.ListAsync(None), Is.Empty);
    }

    [Test]
    public async Task Reset_ByTenant_ForgetsTheMessagesRecordedAsItsOwn_WhateverTheirRecipient()
    {
        await Stores.Outbox.EnqueueAsync(Reply("M-1", Now) with { RecipientAsid = "200000000001", TenantId = 7 }, None);
        await Stores.Outbox.EnqueueAsync(Reply("M-2", Now) with { RecipientAsid = "200000000001", TenantId = 8 }, None);
        await Stores.Outbox.EnqueueAsync(Reply("M-3", Now) with { RecipientAsid = "200000000002", TenantId = 7 }, None);
        await Stores.Outbox.EnqueueAsync(Reply("M-4", Now) with { RecipientAsid = "200000000002" }, None);

        Assert.That((await Stores.Outbox.ListAsync(None)).Select(m => m.TenantId), Is.EqualTo(new long?[] { 7, 8, 7, null }), "the recorded owner is kept");
        Assert.That(await Stores.Outbox.ResetAsync(ResetScope.Tenant(7), None), Is.EqualTo(2));
        Assert.That((await Stores.Outbox.ListAsync(None)).Select(m => m.MessageId), Is.EqualTo(new[] { "M-2", "M-4" }));
    }

    [Test]
    public async Task ACancelledToken_IsRefused_AndChangesNothing()
    {
        await Stores.Outbox.EnqueueAsync(Reply("M-1", Now), None);

        Assert.That(() => Stores.Outbox.EnqueueAsync(Reply("M-2", Now), Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Outbox.ClaimDueAsync(Now, Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That(() => Stores.Outbox.ListAsync(Cancelled), Throws.InstanceOf<OperationCanceledException>());
        Assert.That((await Stores.Outbox.ListAsync(None)).Select(m => m.MessageId), Is.EqualTo(new[] { "M-1" }));
        Assert.That(await Stores.Outbox.NextDueAsync(None), Is.EqualTo(Now), "not claimed by the cancelled call");
    }

    [Test]
    public async Task Reopen_KeepsPendingReplies_AndReleasesAClaimTheStoppedProcessLeft()
    {
        var queued = await Stores.Outbox.EnqueueAsync(Reply("M-1", Now), None);
        await Stores.Outbox.ClaimDueAsync(Now, None);

        await ReopenAsync();

        var again = await Stores.Outbox.ClaimDueAsync(Now, None);
        Assert.That(again.Select(m => m.Id), Is.EqualTo(Stores.Persists ? new[] { queued.Id } : []));
        Assert.That(again.Select(m => m.Body), Is.All.EqualTo(Bytes));
        Assert.That(again.Select(m => m with { Body = queued.Body }), Is.All.EqualTo(queued), "every field, still Pending");
    }

    private static OutboundMessage Reply(string messageId, DateTimeOffset due) => QueuedReplies.Reply(messageId, due);
}
