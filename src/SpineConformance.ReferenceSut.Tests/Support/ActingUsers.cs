using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>Users a request can be made as instead of the logged-in user; ids unlike the configured defaults so a test sees whose went out.</summary>
internal static class ActingUsers
{
    public const string RoleProfileId = "777777777771";

    public const string UserId = "777777777772";

    public static AuthorPerson WithJobRole(string jobRole) =>
        new(SdsRoleProfileId.From(RoleProfileId), SdsUserId.From(UserId), JobRoleCode.From(jobRole));
}
