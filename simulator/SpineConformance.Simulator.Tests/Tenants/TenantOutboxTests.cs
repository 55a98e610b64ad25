using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Tests.Persistence;

namespace SpineConformance.Simulator.Tests.Tenants;

/// <summary>
/// Issue 20: a queued reply belongs to the tenant owning the system it is addressed to. Each tenant lists only its own,
/// and redelivering another's (or one that does not exist) is a 403 with the same reason.
/// </summary>
[Category("robustness")]
public sealed class TenantOutboxTests
{
    [Test]
    public async Task Outbox_EachTenantListsOnlyRepliesToItsSystems_AndCannotRedeliverAnothers()
    {
        await using var tenants = await TwoTenants.StartAsync();
        var outbox = tenants.Host.Services.GetRequiredService<IOutbox>();
        // Due in a year, so the worker leaves them queued while the test looks.
        var later = DateTimeOffset.UtcNow.AddYears(1);
        var toA = await outbox.EnqueueAsync(QueuedReplies.Reply("M-TO-A", later) with { RecipientAsid = TwoTenants.AsidA }, CancellationToken.None);
        var toB = await outbox.EnqueueAsync(QueuedReplies.Reply("M-TO-B", later) with { RecipientAsid = TwoTenants.AsidB }, CancellationToken.None);

        var seenByA = await tenants.A.GetOutboxAsync();
        var seenByOperator = await tenants.Operator.GetOutboxAsync();
        var redeliverOthers = Assert.ThrowsAsync<SpineSimulatorException>(() => tenants.A.RedeliverAsync(toB.Id));
        var redeliverMissing = Assert.ThrowsAsync<SpineSimulatorException>(() => tenants.A.RedeliverAsync(987_654_321));

        Assert.That(seenByA.Select(m => m.Id), Is.EqualTo(new[] { toA.Id }));
        Assert.That(seenByOperator.Select(m => m.Id), Is.SupersetOf(new[] { toA.Id, toB.Id }));
        Assert.That(redeliverOthers!.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(redeliverMissing!.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden));
        Assert.That(redeliverOthers.Problem?.Title, Is.EqualTo("Not this tenant's").And.EqualTo(redeliverMissing.Problem?.Title));
    }

    [Test]
    public async Task Reset_WithATenantsKey_ForgetsOnlyItsOwnJournalOutboxAndFaultRules()
    {
        await using var tenants = await TwoTenants.StartAsync();
        var outbox = tenants.Host.Services.GetRequiredService<IOutbox>();
        var later = DateTimeOffset.UtcNow.AddYears(1);
        await outbox.EnqueueAsync(QueuedReplies.Reply("M-TO-A", later) with { RecipientAsid = TwoTenants.AsidA }, CancellationToken.None);
        var toB = await outbox.EnqueueAsync(QueuedReplies.Reply("M-TO-B", later) with { RecipientAsid = TwoTenants.AsidB }, CancellationToken.None);
        await tenants.GetFromAsync(TwoTenants.AsidA, "9434765919");
        await tenants.GetFromAsync(TwoTenants.AsidB, "9434765919");
        await tenants.A.AddFaultRuleAsync(new FaultRule { Kind = FaultKind.SoapFault, NhsNumber = "9000000009" });
        var ruleB = await tenants.B.AddFaultRuleAsync(new FaultRule { Kind = FaultKind.SoapFault, NhsNumber = "9000000009" });

        var summary = await tenants.A.ResetAsync(new ResetRequest(null, null, true));
        var patientReset = Assert.ThrowsAsync<SpineSimulatorException>(() => tenants.A.ResetAsync(new ResetRequest("9434765919", null, null)));

        Assert.That((summary.JournalEntries, summary.OutboundMessages, summary.FaultRules, summary.Patients), Is.EqualTo((1, 1, 1, 0)));
        Assert.That(await tenants.A.GetJournalAsync(new JournalFilter()), Is.Empty);
        Assert.That(await tenants.B.GetJournalAsync(new JournalFilter()), Has.Count.EqualTo(1), "B's exchange is kept");
        Assert.That((await tenants.Operator.GetOutboxAsync()).Select(m => m.Id), Is.EqualTo(new[] { toB.Id }));
        Assert.That((await tenants.Operator.GetFaultRulesAsync()).Select(r => r.Id), Is.EqualTo(new[] { ruleB.Id }));
        Assert.That(patientReset!.StatusCode, Is.EqualTo(HttpStatusCode.Forbidden), "patients are shared: resetting one needs the operator key");
    }
}
