namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The <c>query</c> of Identify User Role Profiles Query (<c>QUPC_MT010102UK01</c>, LR.md §9.6): a user's role profiles,
/// optionally only those at one organisation or one role profile. <c>parameterList</c> is always sent, even empty.
/// </summary>
public sealed record UserRoleProfilesQuery(Hl7Id UserId)
{
    public Hl7Id? OrganizationCode { get; init; }

    public Hl7Id? RoleProfileId { get; init; }

    public static UserRoleProfilesQuery For(string userId) => new(LrIdentifiers.User(userId));
}
