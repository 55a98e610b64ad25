using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Add / Remove User to/from Workgroup (<c>REPC_IN130002UK01</c>, <c>REPC_IN130004UK01</c>, service <c>sds</c>): changes
/// the SDS directory's membership and answers <c>REPC_IN130003UK01</c> / <c>REPC_IN130005UK01</c>, flagging
/// <c>alreadyAMember</c> or <c>wasNotAMember</c> when nothing changed (LR.md §13). An administrator who administers
/// identified workgroups only must be one of the workgroup's administrators; otherwise the request is refused.
/// </summary>
internal abstract class WorkgroupMembershipHandler(SpineDirectory directory, bool add) : AsyncInteractionHandler<ParseResult<LrMembershipChange>>
{
    protected override Func<SyncMessage, ParseResult<LrMembershipChange>> ReadRequest { get; } = LrRequestReader.ReadMembershipChange;

    public override Task<AsyncReply> HandleAsync(AsyncCall<ParseResult<LrMembershipChange>> request, CancellationToken cancellationToken)
    {
        if (!request.Request.TryGetValue(out var membership))
        {
            return Task.FromResult(Refuse(request, "WORKGROUP_NOT_FOUND", request.Request.Error!));
        }

        if (directory.Workgroup(membership.Workgroup.Value) is not { } workgroup)
        {
            return Task.FromResult(Refuse(request, "WORKGROUP_NOT_FOUND", $"No workgroup '{membership.Workgroup}' in the SDS directory."));
        }

        var roleProfileId = membership.Member.Value;
        if (directory.RoleProfile(roleProfileId) is null)
        {
            return Task.FromResult(Refuse(request, "ROLE_PROFILE_NOT_FOUND", $"No role profile '{roleProfileId}' in the SDS directory."));
        }

        if (membership.IdentifiedWorkgroupsOnly && !workgroup.Administrators.Contains(membership.Administrator.Value))
        {
            return Task.FromResult(Refuse(request, "NOT_WORKGROUP_ADMINISTRATOR",
                $"Role profile '{membership.Administrator}' may administer identified workgroups only and does not administer {workgroup.WorkgroupId}."));
        }

        var changed = add ? directory.AddMember(workgroup.WorkgroupId, roleProfileId) : directory.RemoveMember(workgroup.WorkgroupId, roleProfileId);
        var response = add
            ? LrMessages.AddUserToWorkgroupResponse(request.Response, WorkgroupMembershipResponse.Added(roleProfileId, alreadyAMember: !changed))
            : LrMessages.RemoveUserFromWorkgroupResponse(request.Response, WorkgroupMembershipResponse.Removed(roleProfileId, wasNotAMember: !changed));
        var what = (add, changed) switch
        {
            (true, true) => "added",
            (true, false) => "already a member",
            (false, true) => "removed",
            _ => "was not a member",
        };
        return Task.FromResult(new AsyncReply(response, Interaction.ResponseInteractionId, $"{roleProfileId} {what} ({workgroup.WorkgroupId})"));
    }

    private static AsyncReply Refuse(AsyncCall request, string code, string reason) =>
        new(LrMessages.ApplicationAcknowledgement(request.Response, AcknowledgementType.AE, [LrMessages.LrIssue(code, reason)]),
            Hl7Constants.McciApplicationAcknowledgement, $"MCCI AE {code}: {reason}");
}

internal sealed class AddUserToWorkgroupHandler(SpineDirectory directory) : WorkgroupMembershipHandler(directory, add: true)
{
    public override AsyncInteraction Interaction => LrInteractions.AddUserToWorkgroup;
}

internal sealed class RemoveUserFromWorkgroupHandler(SpineDirectory directory) : WorkgroupMembershipHandler(directory, add: false)
{
    public override AsyncInteraction Interaction => LrInteractions.RemoveUserFromWorkgroup;
}
