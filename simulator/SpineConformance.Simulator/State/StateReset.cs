using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Lr;

namespace SpineConformance.Simulator.State;

/// <summary>
/// Resets one scope of the simulator's state (<see cref="ResetScope"/>) so a developer can start a test again without
/// restarting: permissions and their history, LRs and alerts, journal entries, queued replies and fault rules aimed at
/// it. Everything also forgets the duplicate-elimination memory. The directory is configuration and is never reset.
/// </summary>
public sealed class StateReset(
    IPermissionStore permissions, IRelationshipStore relationships, RequestJournal journal, IOutbox outbox, FaultRules faults,
    DuplicateElimination duplicates)
{
    public async Task<ResetSummary> ResetAsync(ResetScope scope, CancellationToken cancellationToken)
    {
        var patients = await permissions.ResetAsync(scope, cancellationToken);
        var (lrs, alerts) = relationships.Reset(scope);
        var entries = journal.Reset(scope);
        var messages = outbox.Reset(scope);
        var rules = faults.RemoveWhere(rule => scope switch
        {
            { IsEverything: true } => true,
            { NhsNumber: { } nhsNumber } => rule.NhsNumber == nhsNumber,
            _ => rule.Sender == scope.Asid,
        });
        var remembered = scope.IsEverything ? duplicates.Forget() : 0;
        return new ResetSummary(scope.ToString(), patients, lrs, alerts, entries, messages, rules, remembered);
    }
}
