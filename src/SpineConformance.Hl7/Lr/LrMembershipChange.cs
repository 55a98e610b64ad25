using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// An Add or Remove User to/from Workgroup request as the SDS service acts on it (LR.md §9.7, §13), read once from a validated
/// <see cref="WorkgroupMembershipRequest"/> by <see cref="LrRequestReader.ReadMembershipChange"/>: the member's role profile, the
/// workgroup, and the administrator (WGMA) asking, with whether they administer identified workgroups only.
/// </summary>
public sealed record LrMembershipChange(SdsRoleProfileId Member, WorkgroupId Workgroup, SdsRoleProfileId Administrator, bool IdentifiedWorkgroupsOnly);
