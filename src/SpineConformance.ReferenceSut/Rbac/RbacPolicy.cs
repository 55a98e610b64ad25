using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.ReferenceSut.Rbac;

/// <summary>
/// Decides, before anything is sent to Spine, whether a user's job role grants an access. A role is compared by its
/// R code, so the older colon form <c>S0080:G0450:R8000</c> counts as <c>R8000</c>.
/// </summary>
internal static class RbacPolicy
{
    /// <summary>Why the access is refused, as the user reads it; <see langword="null"/> when it is granted.</summary>
    public static string? Refusal(RbacOptions rbac, JobRoleCode jobRole, PermissionsAccess access) =>
        Refusal(rbac.JobRolesThatMay(access), jobRole, access == PermissionsAccess.View ? "view sharing permissions" : "change sharing permissions");

    public static string? Refusal(RbacOptions rbac, JobRoleCode jobRole, LrAccess access) =>
        Refusal(rbac.JobRolesThatMay(access), jobRole,
            access == LrAccess.ManageRelationships ? "manage legitimate relationships" : "administer workgroup membership");

    private static string? Refusal(IReadOnlyList<string> allowed, JobRoleCode jobRole, string what)
    {
        if (allowed.Any(code => RoleCode(code) == RoleCode(jobRole.Value)))
        {
            return null;
        }

        var whoMay = allowed.Count == 0 ? "no job role may" : $"only {string.Join(", ", allowed)} may";
        return $"Refused: job role {jobRole.Value} may not {what} ({whoMay}). Nothing was sent to Spine.";
    }

    private static string RoleCode(string jobRole) => jobRole.Split(':')[^1];
}
