namespace SpineConformance.ReferenceSut.Rbac;

/// <summary>
/// Which National RBAC job roles may view and change a patient's sharing permissions. ACS itself checks no
/// roles (ACS.md §4.3), so the supplier system must; binds from the <c>ReferenceSut:Rbac</c> section.
/// </summary>
/// <remarks>
/// Each list is one comma-separated string (<c>R8000,R0260</c>) rather than an array, because configuration binding
/// appends to a default array instead of replacing it, and a command line reads more easily this way.
/// An empty list grants the access to nobody.
/// </remarks>
public sealed class RbacOptions
{
    /// <summary>
    /// Job roles that may view permissions (Get and Has). The default value is <c>R8000,R8003,R0260</c>.
    /// </summary>
    public string JobRolesThatMayView { get; set; } = ReferenceSutConstants.DefaultJobRolesThatMayView;

    /// <summary>Job roles that may change permissions (Set). The default value is <c>R8000,R0260</c>.</summary>
    public string JobRolesThatMayChange { get; set; } = ReferenceSutConstants.DefaultJobRolesThatMayChange;

    /// <summary>
    /// Job roles that may create LRs, change their status and query them (confirmation, details, batch).
    /// The default value is <c>R8000,R8003,R0260</c>.
    /// </summary>
    public string JobRolesThatMayManageLegitimateRelationships { get; set; } = ReferenceSutConstants.DefaultJobRolesThatMayManageLegitimateRelationships;

    /// <summary>
    /// Job roles that may act as Workgroup Membership Administrator: role-profile look-up, add and remove members, list
    /// workgroups. The default value is <c>R8000,R8008</c>.
    /// </summary>
    public string JobRolesThatMayAdministerWorkgroups { get; set; } = ReferenceSutConstants.DefaultJobRolesThatMayAdministerWorkgroups;

    /// <summary>The configured list for an access, one code per entry, blanks dropped.</summary>
    public IReadOnlyList<string> JobRolesThatMay(PermissionsAccess access) =>
        Codes(access == PermissionsAccess.View ? JobRolesThatMayView : JobRolesThatMayChange);

    public IReadOnlyList<string> JobRolesThatMay(LrAccess access) =>
        Codes(access == LrAccess.ManageRelationships ? JobRolesThatMayManageLegitimateRelationships : JobRolesThatMayAdministerWorkgroups);

    private static string[] Codes(string list) => list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
