using System.Collections.Frozen;

namespace SpineConformance.SecondClient.Identity;

/// <summary>What a job role may do here, as a GP system's local RBAC decides before anything goes to Spine.</summary>
internal sealed class JobRolePolicy(SecondClientOptions options)
{
    private readonly FrozenSet<string> view = Split(options.JobRolesThatMayView);
    private readonly FrozenSet<string> change = Split(options.JobRolesThatMayChange);
    private readonly FrozenSet<string> relationships = Split(options.JobRolesThatMayManageRelationships);
    private readonly FrozenSet<string> workgroups = Split(options.JobRolesThatMayAdministerWorkgroups);

    public bool MayView(ActingUser user) => view.Contains(RoleCode(user.JobRole));

    public bool MayChange(ActingUser user) => change.Contains(RoleCode(user.JobRole));

    public bool MayManageRelationships(ActingUser user) => relationships.Contains(RoleCode(user.JobRole));

    public bool MayAdministerWorkgroups(ActingUser user) => workgroups.Contains(RoleCode(user.JobRole));

    // SDS may give the older colon form (S0080:G0450:R8000); the R code is what the policy names.
    private static string RoleCode(string jobRole) => jobRole.Split(':')[^1].Trim();

    private static FrozenSet<string> Split(string list) =>
        list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToFrozenSet(StringComparer.Ordinal);
}
