using SpineConformance.Hl7.Lr;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>
/// Whom to add to or remove from a workgroup (LR.md §9.7): the user acting in one role profile, found first with the
/// Identify User Role Profiles query.
/// </summary>
/// <param name="IdentifiedWorkgroupsOnly">Whether the administrator manages only identified workgroups (RBAC B0090), so Spine must check their rights on this one.</param>
public sealed record WorkgroupMemberInput(string MemberRoleProfileId, string MemberUserId, string WorkgroupId, bool IdentifiedWorkgroupsOnly = true)
{
    internal LrAgent.Person Member() => LrAgent.Person.Of(MemberRoleProfileId.Trim(), MemberUserId.Trim());
}
