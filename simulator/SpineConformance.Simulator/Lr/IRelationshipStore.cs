namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Legitimate relationships and privacy-officer alerts. Changes to one LR are applied atomically, so concurrent status
/// changes are serialised and each is kept in its history; a create sees the patient's LRs and adds its own in one step, so
/// concurrent creates for one patient cannot both find none. Changes wait their turn without holding a thread (a burst
/// of requests must not starve the thread pool).
/// </summary>
public interface IRelationshipStore
{
    Task<LegitimateRelationship> AddAsync(LegitimateRelationship relationship);

    /// <summary>
    /// Adds the LR <paramref name="create"/> makes from the patient's current LRs, under the store's lock; adds nothing when
    /// it returns <see langword="null"/> (a duplicate). Returns what was added.
    /// </summary>
    Task<LegitimateRelationship?> AddForPatientAsync(string nhsNumber, Func<IReadOnlyList<LegitimateRelationship>, LegitimateRelationship?> create);

    LegitimateRelationship? Find(string id);

    IReadOnlyList<LegitimateRelationship> ForPatient(string nhsNumber);

    IReadOnlyList<LegitimateRelationship> All();

    /// <summary>Applies <paramref name="change"/> to the current LR under the store's lock; the change decides the outcome.</summary>
    Task<LrTransition> UpdateAsync(string id, Func<LegitimateRelationship, LrTransition> change);

    Task<PrivacyAlert> RaiseAlertAsync(DateTimeOffset at, string lrId, string nhsNumber, string reason, LrActor by);

    IReadOnlyList<PrivacyAlert> Alerts();

    /// <summary>Forgets the LRs and alerts of the patients in <paramref name="scope"/>; returns how many of each.</summary>
    (int Relationships, int Alerts) Reset(State.ResetScope scope);
}
