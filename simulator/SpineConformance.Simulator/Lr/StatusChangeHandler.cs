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
internal sealed class StatusChangeHandler(IRelationshipStore store, IOptions<LrBehaviourOptions> options) : AsyncInteractionHandler<ParseResult<LrStatusChangeRequest>>
{
    public override AsyncInteraction Interaction => LrInteractions.RequestStatusChange;

    protected override Func<SyncMessage, ParseResult<LrStatusChangeRequest>> ReadRequest { get; } = LrRequestReader.ReadStatusChange;

    public override async Task<AsyncReply> HandleAsync(AsyncCall<ParseResult<LrStatusChangeRequest>> request, CancellationToken cancellationToken)
    {
        if (!request.Request.TryGetValue(out var change))
        {
            return Refuse(request, null, LrRefusal.NotFound, request.Request.Error!);
        }

        var by = LrActors.From(change.Author, request);
        var outcome = await store.UpdateAsync(change.LrId, lr => lr.NhsNumber != change.Patient.Value
            ? LrTransition.Refused(LrRefusal.PatientMismatch, $"LR {lr.Id} is not for patient {change.Patient}.")
            : LrStatusTransitions.Apply(lr, change.Reason, request.ReceivedAt, by, options.Value), cancellationToken);
        return outcome.Changed is { } changed
            ? new AsyncReply(LrMessages.ConfirmStatusChange(request.Response, change.LrId.Value), LrInteractions.ConfirmStatusChangeId,
                $"LR {change.LrId}: {changed.History[^1].From} -> {changed.Status} (reason {change.Reason})") { NhsNumber = changed.NhsNumber }
            : Refuse(request, change.Patient, outcome.Refusal!.Value, outcome.Reason!);
    }

    private static AsyncReply Refuse(AsyncCall request, NhsNumber? patient, LrRefusal refusal, string reason) =>
        new(LrMessages.ApplicationAcknowledgement(request.Response, AcknowledgementType.AE, [LrRefusals.Issue(refusal, reason)]),
            Hl7Constants.McciApplicationAcknowledgement, $"MCCI AE {LrRefusals.Code(refusal)}: {reason}") { NhsNumber = patient?.Value };
}
