using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// An Identify User Role Profiles query as the SDS service answers it (LR.md §9.6), read once from a validated
/// <see cref="UserRoleProfilesQuery"/> by <see cref="LrRequestReader.ReadUserRoleProfiles"/>: the SDS user, and the organisation
/// (ODS code) or role profile that narrows the answer, when sent.
/// </summary>
public sealed record LrUserRoleProfilesRequest(SdsUserId User)
{
    public string? OrganisationCode { get; init; }

    public SdsRoleProfileId? RoleProfile { get; init; }
}
