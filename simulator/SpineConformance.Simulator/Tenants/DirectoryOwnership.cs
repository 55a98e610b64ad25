using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// Which directory entries are a tenant's. Its systems are those it owns by ASID or party key. Its organisations are the
/// ODS codes its registered systems serve (a system's <c>odsCode</c>), and an ODS code one tenant's system serves cannot
/// be claimed by another's. Its workgroups are those of its organisations, and its users those whose every role profile
/// is at one of its organisations. Everything else (the seeded directory, other organisations) is the operator's.
/// </summary>
internal sealed class DirectoryOwnership(Tenant tenant, TenantRegistry tenants, DirectoryData data)
{
    private HashSet<string>? odsCodes;

    public bool OwnsSystem(string asid) => tenants.Owns(tenant, asid);

    public bool OwnsOrganisation(string? odsCode) => odsCode is not null && OdsCodes().Contains(odsCode);

    public bool Owns(DirectoryUser user) => user.RoleProfiles.Count > 0 && user.RoleProfiles.All(p => OwnsOrganisation(p.OdsCode));

    public bool Owns(Workgroup workgroup) => OwnsOrganisation(workgroup.OdsCode);

    /// <summary>Another tenant whose system serves <paramref name="odsCode"/>, or <see langword="null"/>.</summary>
    public Tenant? OtherServing(string? odsCode) =>
        odsCode is null ? null
        : data.Systems.Where(s => s.OdsCode == odsCode).Select(s => tenants.OwnerOf(s.Asid)).OfType<long>().Where(id => id != tenant.Id)
            .Select(tenants.ById).FirstOrDefault(t => t is not null);

    /// <summary>The directory as this tenant sees it: its own entries only.</summary>
    public DirectoryData Visible() => data with
    {
        Systems = [.. data.Systems.Where(s => OwnsSystem(s.Asid))],
        Organisations = [.. data.Organisations.Where(o => OwnsOrganisation(o.OdsCode))],
        Users = [.. data.Users.Where(Owns)],
        Workgroups = [.. data.Workgroups.Where(Owns)],
    };

    private HashSet<string> OdsCodes() => odsCodes ??=
        [.. data.Systems.Where(s => s.OdsCode is not null && OwnsSystem(s.Asid)).Select(s => s.OdsCode!)];
}
