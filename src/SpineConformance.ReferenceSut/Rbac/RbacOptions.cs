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

    /// <summary>The configured list for an access, one code per entry, blanks dropped.</summary>
    public IReadOnlyList<string> JobRolesThatMay(PermissionsAccess access) =>
        (access == PermissionsAccess.View ? JobRolesThatMayView : JobRolesThatMayChange)
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
