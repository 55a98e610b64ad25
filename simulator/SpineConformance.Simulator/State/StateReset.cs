using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.State;

/// <summary>
/// Resets one scope of the simulator's state (<see cref="ResetScope"/>) so a developer can start a test again without
/// restarting: permissions and their history, LRs and alerts, journal entries, queued replies and fault rules aimed at
/// it. Everything also forgets the duplicate-elimination memory. The directory is configuration and is never reset.
/// </summary>
public sealed class StateReset(
    IPermissionStore permissions, IRelationshipStore relationships, RequestJournal journal, IOutbox outbox, IFaultRuleStore faults,
    DuplicateElimination duplicates)
{
    public async Task<ResetSummary> ResetAsync(ResetScope scope, CancellationToken cancellationToken)
    {
        var patients = await permissions.ResetAsync(scope, cancellationToken);
        var (lrs, alerts) = await relationships.ResetAsync(scope, cancellationToken);
        var entries = await journal.ResetAsync(scope, cancellationToken);
        var messages = await outbox.ResetAsync(scope, cancellationToken);
        var rules = await faults.RemoveWhereAsync(rule => scope switch
        {
            { IsEverything: true } => true,
            { NhsNumber: { } nhsNumber } => rule.NhsNumber == nhsNumber,
            _ => rule.Sender == scope.Asid,
        }, cancellationToken);
        var remembered = scope.IsEverything ? await duplicates.ForgetAsync(cancellationToken) : 0;
        return new ResetSummary(scope.ToString(), patients, lrs, alerts, entries, messages, rules, remembered);
    }
}
