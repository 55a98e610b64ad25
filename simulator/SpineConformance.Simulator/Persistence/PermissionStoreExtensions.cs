using SpineConformance.Hl7.Acs;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence;

/// <summary>Whole-patient writes, for seeding and the admin API: both functions set at once, recorded as the administrator's.</summary>
public static class PermissionStoreExtensions
{
    public static Task<PatientPermissions> SaveAsync(
        this IPermissionStore store, PatientPermissions permissions, DateTimeOffset at, CancellationToken cancellationToken) =>
        store.ApplyAsync(
            permissions.NhsNumber,
            new Dictionary<AcsFunction, AcsPermission?> { [AcsFunction.View] = permissions.View, [AcsFunction.Store] = permissions.Store },
            ChangeAuthor.Administrator,
            at,
            cancellationToken);
}
