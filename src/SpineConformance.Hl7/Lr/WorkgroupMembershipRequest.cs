namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The payload of Add User to Workgroup Request (<c>AddToWorkgroupRequest</c>, <c>REPC_MT130003UK01</c>) and Remove User
/// from Workgroup Request (<c>RemoveFromWorkgroupRequest</c>, <c>REPC_MT130005UK01</c>), which share one shape
/// (LR.md §9.7): the SDSRegistrationType code (01 add, 02 remove), the user in the role profile being linked to or unlinked
/// from the workgroup, and the administrator (WGMA) asking, with whether they administer identified workgroups only.
/// </summary>
public sealed record WorkgroupMembershipRequest(
    Hl7Code Code,
    LrAgent.Person Member,
    LrAgent.Workgroup Workgroup,
    Hl7Id OriginatingRoleProfileId,
    string IdentifiedWorkgroupsOnly)
{
    /// <summary>The code of the <c>identifiedWorkgroupsOnly</c> observation: SDSObservationType 01.</summary>
    public Hl7Code IdentifiedWorkgroupsOnlyCode { get; init; } = LrVocabulary.SdsObservationType.Coded(LrVocabulary.ObservationTypes.IdentifiedWorkgroupsOnly);

    public static WorkgroupMembershipRequest Add(LrAgent.Person member, string workgroupId, string wgmaUrpId, bool identifiedWorkgroupsOnly) =>
        new(LrVocabulary.SdsRegistrationType.Coded(LrVocabulary.RegistrationTypes.AddUserToWorkgroup), member, LrAgent.Workgroup.Of(workgroupId), LrIdentifiers.RoleProfile(wgmaUrpId),
            identifiedWorkgroupsOnly ? "true" : "false");

    public static WorkgroupMembershipRequest Remove(LrAgent.Person member, string workgroupId, string wgmaUrpId, bool identifiedWorkgroupsOnly) =>
        Add(member, workgroupId, wgmaUrpId, identifiedWorkgroupsOnly) with { Code = LrVocabulary.SdsRegistrationType.Coded(LrVocabulary.RegistrationTypes.RemoveUserFromWorkgroup) };
}
