using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.Simulator.Async;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Request Status Change (<c>REPC_IN040000UK15</c>): the LR's status moves as <see cref="LrStatusTransitions"/> says,
/// confirmed by <c>REPC_IN050000UK13</c>, or MCCI AE for an unknown LR, another patient's LR, an expired LR or a change the
/// status model does not allow.
/// </summary>
internal sealed class StatusChangeHandler(IRelationshipStore store, IOptions<LrBehaviourOptions> options) : AsyncInteractionHandler<SCRequest?>
{
    public override AsyncInteraction Interaction => LrInteractions.RequestStatusChange;

    protected override Func<SyncMessage, SCRequest?> ReadRequest { get; } = LrRequestReader.ReadStatusChangeRequest;

    public override async Task<AsyncReply> HandleAsync(AsyncCall<SCRequest?> request, CancellationToken cancellationToken)
    {
        var change = request.Request;
        if (change?.LrId.Extension is not { Length: > 0 } lrId)
        {
            return Refuse(request, null, LrRefusal.NotFound, "The request names no LR.");
        }

        var by = LrActors.From(change.Author, request);
        var outcome = LrId.Parse(lrId) is not { Success: true } id
            ? LrTransition.Refused(LrRefusal.NotFound, $"No LR with id {lrId}.")
            : await store.UpdateAsync(id.Value, lr => lr.NhsNumber != change.Patient.Extension
                ? LrTransition.Refused(LrRefusal.PatientMismatch, $"LR {lr.Id} is not for patient {change.Patient.Extension}.")
                : LrStatusTransitions.Apply(lr, change.ReasonCode.Code, request.ReceivedAt, by, options.Value), cancellationToken);
        return outcome.Changed is { } changed
            ? new AsyncReply(LrMessages.ConfirmStatusChange(request.Response, lrId), LrInteractions.ConfirmStatusChangeId,
                $"LR {lrId}: {changed.History[^1].From} -> {changed.Status} (reason {change.ReasonCode.Code})") { NhsNumber = changed.NhsNumber }
            : Refuse(request, change.Patient.Extension, outcome.Refusal!.Value, outcome.Reason!);
    }

    private static AsyncReply Refuse(AsyncCall request, string? nhsNumber, LrRefusal refusal, string reason) =>
        new(LrMessages.ApplicationAcknowledgement(request.Response, AcknowledgementType.AE, [LrRefusals.Issue(refusal, reason)]),
            Hl7Constants.McciApplicationAcknowledgement, $"MCCI AE {LrRefusals.Code(refusal)}: {reason}") { NhsNumber = nhsNumber };
}
