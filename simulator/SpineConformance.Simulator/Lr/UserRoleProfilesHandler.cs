using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Sync;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Identify User Role Profiles (<c>QUPC_IN010102UK01</c> → <c>QUPC_IN010103UK01</c>, service <c>sdsquery</c>): the user's role
/// profiles from the SDS directory, each with its organisation, job role and workgroups, optionally narrowed to one
/// organisation or one role profile.
/// </summary>
internal sealed class UserRoleProfilesHandler(SpineDirectory directory) : LrQueryHandler<ParseResult<LrUserRoleProfilesRequest>>
{
    public override SyncInteraction Interaction => LrInteractions.IdentifyUserRoleProfiles;

    protected override Func<SyncMessage, ParseResult<LrUserRoleProfilesRequest>> ReadRequest { get; } = LrRequestReader.ReadUserRoleProfiles;

    public override Task<SyncReply> HandleAsync(SyncCall<ParseResult<LrUserRoleProfilesRequest>> request, CancellationToken cancellationToken)
    {
        if (!request.Request.TryGetValue(out var query))
        {
            return Task.FromResult(Failed(request, "USER_NOT_FOUND", request.Request.Error!));
        }

        if (directory.User(query.User.Value) is not { } user)
        {
            return Task.FromResult(Failed(request, "USER_NOT_FOUND", $"No SDS user '{query.User}'."));
        }

        var profiles = user.RoleProfiles
            .Where(p => query.OrganisationCode is not { } ods || p.OdsCode == ods)
            .Where(p => query.RoleProfile is not { } urp || p.RoleProfileId == urp.Value)
            .Select(p => new UserRoleProfile(
                LrIdentifiers.RoleProfile(p.RoleProfileId),
                new Hl7Id(LrIdentifiers.OdsOrganisationRoot, p.OdsCode),
                directory.Organisation(p.OdsCode)?.Name ?? p.OdsCode,
                new Hl7Code(p.JobRole, Hl7.Identifiers.JobRoleCode.Oid),
                p.Workgroups.Select(w => new WorkgroupReference(LrIdentifiers.Workgroup(w), directory.Workgroup(w)?.Name ?? w)).ToList()))
            .ToList();
        return Task.FromResult(new SyncReply(StatusCodes.Status200OK,
            LrMessages.UserRoleProfilesResponse(request.Response, new URPIDResponse(LrIdentifiers.User(user.UserId), profiles)),
            $"{profiles.Count} role profile(s) for {user.UserId}"));
    }
}
