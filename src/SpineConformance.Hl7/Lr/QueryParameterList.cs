namespace SpineConformance.Hl7.Lr;

/// <summary>
/// <c>parameterList</c> of the confirmation and batch queries: the SDS user and role profile (both mandatory when the
/// list is sent) and optional workgroups, whose LRs also count.
/// </summary>
public sealed record QueryParameterList(Hl7Id UserId, Hl7Id RoleProfileId, IReadOnlyList<Hl7Id> WorkgroupCodes)
{
    public static QueryParameterList Of(string userId, string urpId, params string[] workgroupIds) =>
        new(LrIdentifiers.User(userId), LrIdentifiers.RoleProfile(urpId), workgroupIds.Select(LrIdentifiers.Workgroup).ToList());
}
