namespace SpineConformance.Drivers;

/// <summary>
/// The role-based access rules the scenarios assume: which National RBAC job roles may view sharing permissions (Get, Has),
/// set them (Set), create and manage LRs, and administer workgroup membership. ACS and LR check no roles themselves, so
/// each system applies its own policy; a supplier maps theirs here (<c>RbacViewJobRoles</c>, <c>RbacSetJobRoles</c>,
/// <c>RbacLrJobRoles</c>, <c>RbacWorkgroupAdminJobRoles</c>). A job role in the colon form (<c>S0080:G0450:R8000</c>) counts as
/// its last segment.
/// </summary>
public sealed record RbacPolicy(IReadOnlyList<string> View, IReadOnlyList<string> Set, IReadOnlyList<string> Lr, IReadOnlyList<string> WorkgroupAdmin)
{
    /// <summary>The reference SUT's policy: view R8000, R8003, R0260; set R8000, R0260; LRs R8000, R8003, R0260; workgroups R8000, R8008.</summary>
    public static RbacPolicy ReferenceSut { get; } = new(["R8000", "R8003", "R0260"], ["R8000", "R0260"], ["R8000", "R8003", "R0260"], ["R8000", "R8008"]);

    public bool MayView(string jobRole) => Grants(View, jobRole);

    public bool MaySet(string jobRole) => Grants(Set, jobRole);

    public bool MayManageLrs(string jobRole) => Grants(Lr, jobRole);

    public bool MayAdministerWorkgroups(string jobRole) => Grants(WorkgroupAdmin, jobRole);

    /// <summary>A job role that may view sharing permissions but not set them, or <see langword="null"/> when the policy has none.</summary>
    public string? ViewButNotSet() => View.FirstOrDefault(role => !MaySet(role));

    public override string ToString() =>
        $"view {string.Join(",", View)}; set {string.Join(",", Set)}; LRs {string.Join(",", Lr)}; workgroups {string.Join(",", WorkgroupAdmin)}";

    private static bool Grants(IReadOnlyList<string> roles, string jobRole) =>
        roles.Any(r => string.Equals(RCode(r), RCode(jobRole), StringComparison.Ordinal));

    private static string RCode(string jobRole) => jobRole.Split(':')[^1].Trim();
}
