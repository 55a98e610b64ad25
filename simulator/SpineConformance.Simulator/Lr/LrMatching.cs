using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Which LRs a user has with a patient: those whose subject is the user's role profile, one of the workgroups named in
/// the query, or a workgroup the role profile belongs to in SDS (LR.md §11.2: the storyboard uses SDS membership [I]).
/// </summary>
internal static class LrMatching
{
    public static async Task<IEnumerable<LegitimateRelationship>> HeldAsync(
        IRelationshipStore store, SpineDirectory directory, NhsNumber nhsNumber, string? roleProfileId, IEnumerable<string?> workgroupIds,
        CancellationToken cancellationToken) =>
        (await store.ForPatientAsync(nhsNumber, cancellationToken)).Where(HeldBy(directory, roleProfileId, workgroupIds));

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
