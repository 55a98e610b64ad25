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
internal abstract class WorkgroupMembershipHandler(SpineDirectory directory, bool add) : AsyncInteractionHandler<WorkgroupMembershipRequest?>
{
    protected override Func<SyncMessage, WorkgroupMembershipRequest?> ReadRequest { get; } = LrRequestReader.ReadWorkgroupMembershipRequest;

    public override Task<AsyncReply> HandleAsync(AsyncCall<WorkgroupMembershipRequest?> request, CancellationToken cancellationToken)
    {
        var membership = request.Request;
        var workgroupId = membership?.Workgroup.WorkgroupId.Extension;
        var roleProfileId = membership?.Member.RoleProfileId.Extension;
        var workgroup = directory.Workgroup(workgroupId);
        if (membership is null || workgroup is null || roleProfileId is null)
        {
            return Task.FromResult(Refuse(request, "WORKGROUP_NOT_FOUND", $"No workgroup '{workgroupId}' in the SDS directory."));
        }

        if (directory.RoleProfile(roleProfileId) is null)
        {
            return Task.FromResult(Refuse(request, "ROLE_PROFILE_NOT_FOUND", $"No role profile '{roleProfileId}' in the SDS directory."));
        }

        if (membership.IdentifiedWorkgroupsOnly == "true" && !workgroup.Administrators.Contains(membership.OriginatingRoleProfileId.Extension))
        {
            return Task.FromResult(Refuse(request, "NOT_WORKGROUP_ADMINISTRATOR",
                $"Role profile '{membership.OriginatingRoleProfileId.Extension}' may administer identified workgroups only and does not administer {workgroup.WorkgroupId}."));
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
