namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The payload of Identify User Role Profiles Query Response (<c>REPC_MT130002UK01</c>): the user
/// (<c>subject/identifiedUser/identifiedPersonSDS/id</c>) and one entry per role profile.
/// </summary>
public sealed record URPIDResponse(Hl7Id UserId, IReadOnlyList<UserRoleProfile> RoleProfiles);

/// <summary>
/// One <c>playedAgentPersonSDS</c>: the role profile id, its organisation (id and name), the job role
/// (<c>part2/partSDSRole/code</c>) and the workgroups attached to it.
/// </summary>
public sealed record UserRoleProfile(Hl7Id Id, Hl7Id OrganizationId, string OrganizationName, Hl7Code JobRole, IReadOnlyList<WorkgroupReference> Workgroups);

/// <summary>A workgroup by id and name (<c>agentWorkgroupSDS</c>).</summary>
public sealed record WorkgroupReference(Hl7Id Id, string Name);
