namespace SpineConformance.Simulator.Client;

/// <summary>A person in SDS, with one role profile (URP) per role they hold at an organisation.</summary>
public sealed record DirectoryUser
{
    public required string UserId { get; init; }

    public required string Name { get; init; }

    public IReadOnlyList<RoleProfile> RoleProfiles { get; init; } = [];
}

/// <summary>One of a user's roles: its id, the RBAC job role, the organisation, and the workgroups the role belongs to.</summary>
public sealed record RoleProfile
{
    public required string RoleProfileId { get; init; }

    public required string JobRole { get; init; }

    public required string OdsCode { get; init; }

    public IReadOnlyList<string> Workgroups { get; init; } = [];
}

/// <summary>An NHS organisation by its ODS code.</summary>
public sealed record Organisation(string OdsCode, string Name);

/// <summary>
/// A team within an organisation whose members share LRs with its patients. Type (Standard / Long Term Care) and
/// status (Open / Frozen / Closed) are SDS attributes; members are role profile ids.
/// </summary>
public sealed record Workgroup
{
    public required string WorkgroupId { get; init; }

    public required string Name { get; init; }

    public required string OdsCode { get; init; }

    public string Type { get; init; } = "Standard";

    public string Status { get; init; } = "Open";

    /// <summary>Role profile ids allowed to administer membership (WGMA) of this workgroup.</summary>
    public IReadOnlyList<string> Administrators { get; init; } = [];
}
