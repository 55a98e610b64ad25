namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The payload of Add User to Workgroup Response (<c>AddToWorkgroupResponse</c>, <c>REPC_MT130004UK01</c>) and Remove User
/// from Workgroup Response (<c>RemoveFromWorkgroupResponse</c>, <c>REPC_MT130006UK01</c>): the registration code and the
/// role profile, with an optional flag saying nothing was done (<c>alreadyAMember</c>, SDSObservationType 02, or
/// <c>wasNotAMember</c>, 03).
/// </summary>
public sealed record WorkgroupMembershipResponse(Hl7Code Code, Hl7Id RoleProfileId)
{
    public MembershipFlag? Flag { get; init; }

    public static WorkgroupMembershipResponse Added(string urpId, bool alreadyAMember) =>
        new(LrVocabulary.SdsRegistrationType.Coded(LrVocabulary.RegistrationTypes.AddUserToWorkgroup), LrIdentifiers.RoleProfile(urpId))
        {
            Flag = new MembershipFlag(LrVocabulary.SdsObservationType.Coded(LrVocabulary.ObservationTypes.AlreadyAMember), alreadyAMember ? "true" : "false"),
        };

    public static WorkgroupMembershipResponse Removed(string urpId, bool wasNotAMember) =>
        new(LrVocabulary.SdsRegistrationType.Coded(LrVocabulary.RegistrationTypes.RemoveUserFromWorkgroup), LrIdentifiers.RoleProfile(urpId))
        {
            Flag = new MembershipFlag(LrVocabulary.SdsObservationType.Coded(LrVocabulary.ObservationTypes.WasNotAMember), wasNotAMember ? "true" : "false"),
        };
}

/// <summary>The <c>alreadyAMember</c> / <c>wasNotAMember</c> observation: its code and boolean value as text.</summary>
public sealed record MembershipFlag(Hl7Code Code, string Value);
