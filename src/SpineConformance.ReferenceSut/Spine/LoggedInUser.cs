using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.ReferenceSut.Spine;

/// <summary>The configured logged-in user as an HL7 author; the settings were validated at start, so parsing cannot fail.</summary>
internal static class LoggedInUser
{
    public static AuthorPerson From(ReferenceSutOptions options)
    {
        var user = options.User;
        return new AuthorPerson(SdsRoleProfileId.From(user.RoleProfileId), SdsUserId.From(user.UserId), JobRoleCode.From(user.JobRole));
    }
}
