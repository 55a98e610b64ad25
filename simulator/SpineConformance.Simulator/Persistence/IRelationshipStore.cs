using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// Legitimate relationships and privacy-officer alerts. Changes to one LR are applied atomically, so concurrent status
/// changes are serialised and each is kept in its history; a create sees the patient's LRs and adds its own in one step, so
/// concurrent creates for one patient cannot both find none. Changes wait their turn without holding a thread (a burst
/// of requests must not starve the thread pool).
/// </summary>
public interface IRelationshipStore
{
    Task<LegitimateRelationship> AddAsync(LegitimateRelationship relationship, CancellationToken cancellationToken);

    /// <summary>
    /// Adds the LR <paramref name="create"/> makes from the patient's current LRs, under the store's lock; adds nothing when
    /// it returns <see langword="null"/> (a duplicate). Returns what was added.
    /// </summary>
    Task<LegitimateRelationship?> AddForPatientAsync(
        NhsNumber nhsNumber, Func<IReadOnlyList<LegitimateRelationship>, LegitimateRelationship?> create, CancellationToken cancellationToken);

    Task<LegitimateRelationship?> FindAsync(LrId id, CancellationToken cancellationToken);

    /// <summary>The patient's LRs, oldest first.</summary>
    Task<IReadOnlyList<LegitimateRelationship>> ForPatientAsync(NhsNumber nhsNumber, CancellationToken cancellationToken);

    /// <summary>Every LR, oldest first.</summary>
    Task<IReadOnlyList<LegitimateRelationship>> AllAsync(CancellationToken cancellationToken);

    /// <summary>Applies <paramref name="change"/> to the current LR under the store's lock; the change decides the outcome.</summary>
    Task<LrTransition> UpdateAsync(LrId id, Func<LegitimateRelationship, LrTransition> change, CancellationToken cancellationToken);

    Task<PrivacyAlert> RaiseAlertAsync(
        DateTimeOffset at, LrId lrId, NhsNumber nhsNumber, string reason, LrActor by, CancellationToken cancellationToken);

    /// <summary>Every alert, in the order raised.</summary>
    Task<IReadOnlyList<PrivacyAlert>> AlertsAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the LRs and alerts of the patients in <paramref name="scope"/>; returns how many of each.</summary>
    Task<(int Relationships, int Alerts)> ResetAsync(ResetScope scope, CancellationToken cancellationToken);
}
