using SpineConformance.Hl7.Lr;
using SpineConformance.ReferenceSut.Defects;

namespace SpineConformance.ReferenceSut.Lr;

/// <summary>Turns Spine's async reply to a request into the business outcome the user sees.</summary>
internal static class LrReplyMapping
{
    /// <summary>As <see cref="For(AsyncInteraction, LrResponse)"/>, unless a switched-on defect reads any reply as success.</summary>
    public static (LrBusinessOutcome Outcome, string? LrId, string Message) For(AsyncInteraction request, LrResponse reply, DefectSwitches defects)
    {
        var mapped = For(request, reply);
        return mapped.Outcome == LrBusinessOutcome.SpineError && defects.IsOn(DefectCatalogue.LrErrorShownAsSuccess)
            ? (SuccessOf(request), null, $"Done: {request.InteractionId} was sent and Spine replied.")
            : mapped;
    }

    public static (LrBusinessOutcome Outcome, string? LrId, string Message) For(AsyncInteraction request, LrResponse reply) => reply switch
    {
        LrResponse.Succeeded<CreationResponseConfirm> created when request == LrInteractions.RequestCreateLr =>
            (LrBusinessOutcome.Created, created.Payload.Id.Extension, $"Legitimate relationship {created.Payload.Id.Extension} created.{LrErrorText.Warnings(created.Warnings)}"),
        LrResponse.Succeeded<SCConfirm> changed when request == LrInteractions.RequestStatusChange =>
            (LrBusinessOutcome.StatusChanged, changed.Payload.Id.Extension, $"The status of legitimate relationship {changed.Payload.Id.Extension} changed.{LrErrorText.Warnings(changed.Warnings)}"),
        LrResponse.Succeeded<WorkgroupMembershipResponse> added when request == LrInteractions.AddUserToWorkgroup => added.Payload.Flag?.Value == "true"
            ? (LrBusinessOutcome.AlreadyAMember, null, $"Role profile {added.Payload.RoleProfileId.Extension} was already a member; nothing was done.")
            : (LrBusinessOutcome.Added, null, $"Role profile {added.Payload.RoleProfileId.Extension} was added to the workgroup."),
        LrResponse.Succeeded<WorkgroupMembershipResponse> removed when request == LrInteractions.RemoveUserFromWorkgroup => removed.Payload.Flag?.Value == "true"
            ? (LrBusinessOutcome.WasNotAMember, null, $"Role profile {removed.Payload.RoleProfileId.Extension} was not a member; nothing was done.")
            : (LrBusinessOutcome.Removed, null, $"Role profile {removed.Payload.RoleProfileId.Extension} was removed from the workgroup."),
        LrResponse.Acknowledged { Type: not Hl7.Wrappers.AcknowledgementType.AA } error => (LrBusinessOutcome.SpineError, null, LrErrorText.Rejected(error)),
        LrResponse.Unreadable unreadable => (LrBusinessOutcome.Failed, null, $"Spine's reply could not be read: {unreadable.Reason}"),
        var other => (LrBusinessOutcome.Failed, null, $"Spine's reply was not the answer to {request.InteractionId}: {other}."),
    };

    private static LrBusinessOutcome SuccessOf(AsyncInteraction request) =>
        request == LrInteractions.RequestCreateLr ? LrBusinessOutcome.Created
        : request == LrInteractions.RequestStatusChange ? LrBusinessOutcome.StatusChanged
        : request == LrInteractions.AddUserToWorkgroup ? LrBusinessOutcome.Added
        : LrBusinessOutcome.Removed;
}
