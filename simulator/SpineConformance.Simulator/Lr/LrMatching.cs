using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Which LRs a user has with a patient: those whose subject is the user's role profile, one of the workgroups named in
/// the query, or a workgroup the role profile belongs to in SDS (LR.md §11.2: the storyboard uses SDS membership [I]).
/// </summary>
internal static class LrMatching
{
    public static IEnumerable<LegitimateRelationship> Held(
        IRelationshipStore store, SpineDirectory directory, string nhsNumber, string? roleProfileId, IEnumerable<string?> workgroupIds) =>
        store.ForPatient(nhsNumber).Where(HeldBy(directory, roleProfileId, workgroupIds));

    /// <summary>
    /// Whether an LR is the user's: the directory is asked once, so a batch of 10 000 patients looks the user up once,
    /// not once per patient.
    /// </summary>
    public static Func<LegitimateRelationship, bool> HeldBy(SpineDirectory directory, string? roleProfileId, IEnumerable<string?> workgroupIds)
    {
        var workgroups = workgroupIds.OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (directory.RoleProfile(roleProfileId) is { } holder)
        {
            workgroups.UnionWith(holder.Profile.Workgroups);
        }

        return lr => (lr.Subject.RoleProfileId is not null && lr.Subject.RoleProfileId == roleProfileId)
            || (lr.Subject.WorkgroupId is not null && workgroups.Contains(lr.Subject.WorkgroupId));
    }
}
