using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Tests.Persistence;

namespace SpineConformance.Simulator.Tests.Tenants;

/// <summary>
/// Issue 20: a queued reply and a journal entry are the tenant's that owned the system when they were made, recorded
/// then: they stay in its outbox listing and go with its reset after the system is given to another tenant.
/// </summary>
public sealed class RecordedOwnerTests
{
    [Test]
    public async Task AReplyQueuedForATenantsSystem_StaysItsOwn_AfterTheSystemMovesToAnotherTenant()
    {
        await using var tenants = await TwoTenants.StartAsync();
        var outbox = tenants.Host.Services.GetRequiredService<IOutbox>();
        // Due in a year, so the worker leaves it queued while the test looks.
        var queued = await outbox.EnqueueAsync(QueuedReplies.Reply("M-TO-A", DateTimeOffset.UtcNow.AddYears(1)) with { RecipientAsid = TwoTenants.AsidA }, CancellationToken.None);

        await MoveSystemAToBAsync(tenants);

        Assert.That((await tenants.A.GetOutboxAsync()).Select(m => m.Id), Is.EqualTo(new[] { queued.Id }), "A's reply, queued while A owned the system");
        Assert.That((await tenants.B.GetOutboxAsync()).Select(m => m.Id), Does.Not.Contain(queued.Id), "B owns the system now, not A's reply");
    }

    [Test]
    public async Task ATenantsReset_ForgetsWhatWasRecordedAsItsOwn_AfterItsSystemMovedToAnotherTenant()
    {
        await using var tenants = await TwoTenants.StartAsync();
        var outbox = tenants.Host.Services.GetRequiredService<IOutbox>();
        var queued = await outbox.EnqueueAsync(QueuedReplies.Reply("M-TO-A", DateTimeOffset.UtcNow.AddYears(1)) with { RecipientAsid = TwoTenants.AsidA }, CancellationToken.None);
        var (status, _) = await tenants.GetFromAsync(TwoTenants.AsidA, "9434765919");
        Assert.That(status, Is.EqualTo(200));
        await MoveSystemAToBAsync(tenants);

        var summary = await tenants.A.ResetAsync(new ResetRequest(null, null, true));

        Assert.That((summary.JournalEntries, summary.OutboundMessages), Is.EqualTo((1, 1)), "A's exchange and A's queued reply, by the owner recorded with them");
        Assert.That((await tenants.Operator.GetOutboxAsync()).Select(m => m.Id), Does.Not.Contain(queued.Id));
        Assert.That(await tenants.Operator.GetJournalAsync(new JournalFilter()), Is.Empty);
    }

    // The operator gives A's system to B: A owns nothing now.
    private static async Task MoveSystemAToBAsync(TwoTenants tenants)
    {
        await tenants.Operator.SetTenantSystemsAsync(tenants.IssuedA.Tenant.Id, new TenantSystemsBody([]));
        await tenants.Operator.SetTenantSystemsAsync(tenants.IssuedB.Tenant.Id, new TenantSystemsBody([TwoTenants.AsidB, TwoTenants.AsidA], ["B12345-0000202"]));
    }
}
