using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// <c>POST /admin/reset</c> with a tenant's key: <c>everything</c> forgets what a reset of each of the tenant's systems
/// would (the journal entries and queued replies of its ASIDs), the journal entries and queued replies recorded as the
/// tenant's (those of systems it owned then, owns now or not), and every fault rule it added; <c>asid</c> does the first
/// for one of its own systems. Patients' state is shared by every tenant, as on Spine, so resetting a patient (and the
/// duplicate-elimination memory) needs the operator key.
/// </summary>
internal sealed class TenantReset(RequestJournal journal, IOutbox outbox, IFaultRuleStore faults, TenantRegistry tenants, SpineDirectory directory)
{
    public async Task<Results<Ok<ResetSummary>, BadRequest<ProblemDetailsBody>, ProblemHttpResult>> ResetAsync(
        AdminCaller caller, ResetRequest request, CancellationToken cancellationToken)
    {
        var tenant = caller.Tenant!;
        if (!string.IsNullOrWhiteSpace(request.NhsNumber))
        {
            return caller.OperatorOnly("Resetting a patient (patients' state is shared by every tenant, as on Spine)");
        }

        List<string> asids;
        string scope;
        if (!string.IsNullOrWhiteSpace(request.Asid))
        {
            if (!tenants.Owns(tenant, request.Asid.Trim()))
            {
                return caller.NotYours($"The system with ASID {request.Asid.Trim()}");
            }

            asids = [request.Asid.Trim()];
            scope = $"ASID {asids[0]}";
        }
        else
        {
            asids = Asids(tenant);
            scope = $"tenant '{tenant.Name}'";
        }

        var entries = 0;
        var messages = 0;
        foreach (var asid in asids)
        {
            entries += await journal.ResetAsync(ResetScope.System(asid), cancellationToken);
            messages += await outbox.ResetAsync(ResetScope.System(asid), cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(request.Asid))
        {
            entries += await journal.ResetAsync(ResetScope.Tenant(tenant.Id), cancellationToken);
            messages += await outbox.ResetAsync(ResetScope.Tenant(tenant.Id), cancellationToken);
        }

        var rules = await faults.RemoveWhereAsync(
            rule => rule.TenantId == tenant.Id && (request.Asid is null || rule.Sender == request.Asid.Trim()), cancellationToken);
        return TypedResults.Ok(new ResetSummary(scope, 0, 0, 0, entries, messages, rules, 0));
    }

    // Its ASIDs, and those the directory gives the party keys it owns.
    private List<string> Asids(Tenant tenant) =>
        [.. tenant.Systems.Asids.Concat(directory.Snapshot().Systems.Where(s => tenant.Systems.OwnsPartyKey(s.PartyKey)).Select(s => s.Asid)).Distinct(StringComparer.Ordinal)];
}
