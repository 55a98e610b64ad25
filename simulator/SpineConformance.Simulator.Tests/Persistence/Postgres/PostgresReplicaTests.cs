using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence.Postgres;
using SpineConformance.Simulator.State;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Simulator.Tests.Persistence.Postgres;

/// <summary>
/// Issue 20: what the store contract cannot show, since it has one store of each kind: two replicas' stores on one
/// database act as one Spine.
/// </summary>
public sealed class PostgresReplicaTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    [Test]
    public async Task AQueuedReply_ClaimedByBothReplicasAtOnce_IsTakenOnce()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        await using var first = new PostgresOutbox(replicas.First, PostgresOutbox.DefaultClaimLease);
        await using var second = new PostgresOutbox(replicas.Second, PostgresOutbox.DefaultClaimLease);
        var queued = await first.EnqueueAsync(QueuedReplies.Reply("M-1", Now), None);

        var claims = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).ClaimDueAsync(Now, None))));

        Assert.That(claims.SelectMany(c => c).Select(m => m.Id), Is.EqualTo(new[] { queued.Id }), "exactly one claim, on either replica, gets it");
    }

    [Test]
    public async Task AClaim_LeftByAKilledReplica_RunsOut_AndTheOtherReplicaDeliversTheReply()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        // The "killed" replica's outbox is never disposed (a kill releases nothing); its lease is short so the test is quick.
        var killed = new PostgresOutbox(replicas.First, TimeSpan.FromMilliseconds(300));
        await using var survivor = new PostgresOutbox(replicas.Second, PostgresOutbox.DefaultClaimLease);
        var queued = await killed.EnqueueAsync(QueuedReplies.Reply("M-1", Now), None);
        Assert.That((await killed.ClaimDueAsync(Now, None)).Single().Id, Is.EqualTo(queued.Id));

        Assert.That(await survivor.ClaimDueAsync(Now, None), Is.Empty, "while the claim holds, no one else takes the reply");
        Assert.That(await survivor.NextDueAsync(None), Is.GreaterThan(Now), "the survivor's worker wakes when the lease runs out");
        Assert.That(await killed.NextDueAsync(None), Is.Null, "a replica's own claims are not due to it");
        var taken = await ClaimWithinAsync(survivor, TimeSpan.FromSeconds(10));
        Assert.That(taken.Select(m => m.Id), Is.EqualTo(new[] { queued.Id }), "once the lease ran out, the survivor claims it");

        await killed.CompleteAsync(queued with { State = DeliveryState.Delivered, LastOutcome = "late" }, None);
        Assert.That((await survivor.FindAsync(queued.Id, None))?.State, Is.EqualTo(DeliveryState.Pending), "the late replica's outcome does not overwrite the new claim");
        await survivor.CompleteAsync(taken[0] with { State = DeliveryState.Delivered, LastOutcome = "delivered by the survivor" }, None);
        Assert.That((await killed.FindAsync(queued.Id, None))?.LastOutcome, Is.EqualTo("delivered by the survivor"));
    }

    [Test]
    public async Task AClaim_WhoseReplicaDied_IsTakenAtOnce_NotWhenItsLeaseRunsOut()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        // Both leases are long: only the dead claimer's lost session can hand the reply over within the test.
        var killed = new PostgresOutbox(replicas.First, PostgresOutbox.DefaultClaimLease);
        await using var survivor = new PostgresOutbox(replicas.Second, PostgresOutbox.DefaultClaimLease);
        var queued = await killed.EnqueueAsync(QueuedReplies.Reply("M-1", Now), None);
        Assert.That((await killed.ClaimDueAsync(Now, None)).Single().Id, Is.EqualTo(queued.Id));
        Assert.That(await survivor.ClaimDueAsync(Now, None), Is.Empty, "while its claimer is alive, no one else takes the reply");
        var wake = await survivor.NextDueAsync(None);
        Assert.That(wake, Is.Not.Null.And.LessThanOrEqualTo(TimeProvider.System.GetUtcNow() + PostgresOutbox.LivenessCheck + TimeSpan.FromSeconds(1)),
            "the survivor looks again within the liveness check, not when the two-minute lease ends");

        // What a SIGKILL does to the claimer's process: the server ends its sessions, and its advisory lock goes with them.
        await EndSessionsHoldingAsync(replicas, killed.Claimer);

        Assert.That(await survivor.NextDueAsync(None), Is.LessThanOrEqualTo(Now), "the dead claimer's reply is due at once");
        Assert.That((await survivor.ClaimDueAsync(Now, None)).Select(m => m.Id), Is.EqualTo(new[] { queued.Id }), "the survivor takes it at once");
        Assert.That(await survivor.ClaimDueAsync(Now, None), Is.Empty, "and once");
        await survivor.CompleteAsync(queued with { State = DeliveryState.Delivered, LastOutcome = "delivered by the survivor" }, None);
        Assert.That((await survivor.FindAsync(queued.Id, None))?.State, Is.EqualTo(DeliveryState.Delivered));
    }

    [Test]
    public async Task AClaimer_WhoseLockSessionWasLost_TakesItsLockAgain_BeforeItsNextClaim()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        await using var first = new PostgresOutbox(replicas.First, PostgresOutbox.DefaultClaimLease);
        await using var second = new PostgresOutbox(replicas.Second, PostgresOutbox.DefaultClaimLease);
        await EndSessionsHoldingAsync(replicas, first.Claimer);
        var queued = await first.EnqueueAsync(QueuedReplies.Reply("M-1", Now), None);

        Assert.That((await first.ClaimDueAsync(Now, None)).Single().Id, Is.EqualTo(queued.Id));
        Assert.That(await second.ClaimDueAsync(Now, None), Is.Empty, "the claim of a claimer that locked itself again is not taken");
    }

    private static async Task EndSessionsHoldingAsync(TwoReplicas replicas, long claimer)
    {
        await using var admin = Npgsql.NpgsqlDataSource.Create(replicas.ConnectionString);
        await using var command = admin.CreateCommand($"""
            SELECT count(pg_terminate_backend(pid)) FROM pg_locks
            WHERE locktype = 'advisory' AND classid = {PostgresClaimerLock.LockClass} AND objid = {PostgresClaimerLock.KeyOf(claimer)} AND objsubid = 2;
            """);
        Assert.That(await command.ExecuteScalarAsync(), Is.EqualTo(1L), "one session holds the claimer's lock");
        // pg_terminate_backend only signals: wait until the lock is gone.
        await using var gone = admin.CreateCommand($"""
            SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = {PostgresClaimerLock.LockClass} AND objid = {PostgresClaimerLock.KeyOf(claimer)};
            """);
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while ((long)(await gone.ExecuteScalarAsync(limit.Token))! > 0)
        {
            await Task.Delay(20, limit.Token);
        }
    }

    [Test]
    public async Task JournalIds_IncreaseAcrossReplicas_AndEachFindsTheOthersEntries()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        var options = Microsoft.Extensions.Options.Options.Create(new SimulatorOptions());
        var first = new RequestJournal(options, new PostgresJournalStore(replicas.First));
        var second = new RequestJournal(options, new PostgresJournalStore(replicas.Second));

        var added = new List<long>();
        for (var i = 0; i < 6; i++)
        {
            var journal = i % 2 == 0 ? first : second;
            await journal.AddAsync(Entry(journal.NextId(), $"/exchange-{i}"));
            added.Add(journal.LastId);
        }

        Assert.That(added, Is.Ordered.Ascending.And.Unique, "ids go up in the order the entries were added, whichever replica added them");
        Assert.That((await second.FindAsync(added[0], None))?.Path, Is.EqualTo("/exchange-0"), "the second replica finds the first's entry");
        Assert.That((await first.FindAsync(added[5], None))?.Path, Is.EqualTo("/exchange-5"));
        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => (i % 2 == 0 ? first : second).AddAsync(Entry(0, "/concurrent")))));
        var stored = await new PostgresJournalStore(replicas.First).NewestAsync(100, None);
        Assert.That(stored.Select(e => e.Id).ToList(), Is.Unique.And.Count.EqualTo(26), "concurrent adds on both replicas never share an id");
    }

    [Test]
    public async Task ADuplicateMessageId_SentToTheOtherReplica_GetsTheOriginalAnswer()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        var first = new PostgresMessageIdStore(replicas.First);
        var second = new PostgresMessageIdStore(replicas.Second);
        var id = ReliableMessageId.From("9F1E3A4C-0000-4000-8000-000000000001");
        var original = new AsyncHttpAnswer(202, "text/xml", [1, 2, 3], "acknowledged");

        await first.RememberAsync(id, original, Now.AddMinutes(5), Now, None);
        var seen = await second.FindAsync(id, Now.AddMinutes(1), None);
        await second.RememberAsync(id, original with { Body = [9], Outcome = "processed twice" }, Now.AddMinutes(6), Now.AddMinutes(1), None);

        Assert.That((seen?.Body, seen?.Outcome), Is.EqualTo(((byte[])[1, 2, 3], "acknowledged")));
        Assert.That((await first.FindAsync(id, Now.AddMinutes(2), None))?.Outcome, Is.EqualTo("acknowledged"), "a second answer for a live id does not replace the first");
    }

    [Test]
    public async Task ConcurrentSetsOnOnePatient_FromBothReplicas_AreAllKept_InOneChain()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        var stores = new[] { new PostgresPermissionStore(replicas.First), new PostgresPermissionStore(replicas.Second) };
        var patient = NhsNumber.From("9434765919");

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(() => stores[i % 2].ApplyAsync(
            patient, new Dictionary<AcsFunction, AcsPermission?> { [AcsFunction.View] = i % 3 == 0 ? AcsPermission.Yes : AcsPermission.No },
            ChangeAuthor.Administrator, Now.AddSeconds(i), None))));

        var history = await stores[0].HistoryAsync(patient, None);
        Assert.That(history, Has.Count.EqualTo(20), "no Set lost");
        Assert.That(history.Skip(1).Zip(history).Select(pair => pair.First.OldValue == pair.Second.NewValue), Is.All.True,
            "each change starts from the value the one before it left");
        Assert.That((await stores[1].FindAsync(patient, None))?.View, Is.EqualTo(history[^1].NewValue), "the state is the last history entry's");
    }

    [Test]
    public async Task AFaultRuleWithThreeUses_TakenByBothReplicasAtOnce_IsUsedThreeTimes()
    {
        await using var replicas = await TwoReplicas.StartAsync();
        var stores = new[] { new PostgresFaultRuleStore(replicas.First), new PostgresFaultRuleStore(replicas.Second) };
        var rule = await stores[0].AddAsync(new FaultRule { Kind = FaultKind.SoapFault, Code = "206", RemainingUses = 3 }, None);
        var request = new FaultRequest("QUPC_IN200000SM04", "9434765919", "200000000001", null);

        var taken = await Task.WhenAll(Enumerable.Range(0, 12).Select(i => Task.Run(async () =>
            await stores[i % 2].TakeAsync(request, TransportFaults.AppliesToSync, None))));

        Assert.That(taken.Count(t => t?.Id == rule.Id), Is.EqualTo(3));
        Assert.That((await stores[1].ListAsync(None)).Single().RemainingUses, Is.Zero);
    }

    private static async Task<IReadOnlyList<OutboundMessage>> ClaimWithinAsync(PostgresOutbox outbox, TimeSpan timeout)
    {
        using var limit = new CancellationTokenSource(timeout);
        while (true)
        {
            if (await outbox.ClaimDueAsync(Now, None) is { Count: > 0 } claimed)
            {
                return claimed;
            }

            await Task.Delay(50, limit.Token);
        }
    }

    private static JournalEntry Entry(long id, string path) =>
        new(id, Now, TimeSpan.FromMilliseconds(1), path, null, "QUPC_IN200000SM04", 200, [1], [2], ValidationReport.Empty) { Outcome = "answered" };
}
