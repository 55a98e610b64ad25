namespace SpineConformance.Simulator.Client;

/// <summary>A person in SDS, with one role profile (URP) per role they hold at an organisation.</summary>
public sealed record DirectoryUser
{
    /// <summary>The SDS user id (<c>uid</c>), 12 digits.</summary>
    public required string UserId { get; init; }

    /// <summary>The user's name as SDS shows it.</summary>
    public required string Name { get; init; }

    /// <summary>The user's role profiles. The default value is none.</summary>
    public IReadOnlyList<RoleProfile> RoleProfiles { get; init; } = [];
}

/// <summary>One of a user's roles: its id, the RBAC job role, the organisation, and the workgroups the role belongs to.</summary>
public sealed record RoleProfile
{
    /// <summary>The SDS role profile id (<c>nhsIdCode</c> of the URP).</summary>
    public required string RoleProfileId { get; init; }

    /// <summary>The RBAC job role code, e.g. <c>R8000</c>.</summary>
    public required string JobRole { get; init; }

    /// <summary>The ODS code of the organisation the role is held at.</summary>
    public required string OdsCode { get; init; }

    /// <summary>The workgroup ids this role is a member of. The default value is none.</summary>
    public IReadOnlyList<string> Workgroups { get; init; } = [];
}

/// <summary>An NHS organisation by its ODS code.</summary>
/// <param name="OdsCode">The ODS code.</param>
/// <param name="Name">The organisation's name.</param>
public sealed record Organisation(string OdsCode, string Name);

/// <summary>
/// A team within an organisation whose members share LRs with its patients. Type (Standard / Long Term Care) and
/// status (Open / Frozen / Closed) are SDS attributes; members are role profile ids.
/// </summary>
public sealed record Workgroup
{
    /// <summary>The workgroup's id.</summary>
    public required string WorkgroupId { get; init; }

    /// <summary>The workgroup's name.</summary>
    public required string Name { get; init; }

    /// <summary>The ODS code of the organisation the workgroup belongs to.</summary>
    public required string OdsCode { get; init; }

    /// <summary><c>Standard</c> or <c>Long Term Care</c>. The default value is <c>Standard</c>.</summary>
    public string Type { get; init; } = "Standard";

    /// <summary><c>Open</c>, <c>Frozen</c> or <c>Closed</c>. The default value is <c>Open</c>.</summary>
    public string Status { get; init; } = "Open";

    /// <summary>Role profile ids allowed to administer membership (WGMA) of this workgroup.</summary>
    public IReadOnlyList<string> Administrators { get; init; } = [];
}
