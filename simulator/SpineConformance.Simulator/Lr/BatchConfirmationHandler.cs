using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Sync;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Query Batch Confirmation (<c>QUPC_IN090000UK03</c> → <c>QUPC_IN250000UK02</c>): for each patient, whether an Active LR
/// exists with the user or their workgroups; a patient identifier that is not an NHS number is reported inline with a
/// detected issue while the others are answered (LR.md §9.5).
/// </summary>
internal sealed class BatchConfirmationHandler(IRelationshipStore store, SpineDirectory directory, TimeProvider time)
    : LrQueryHandler<ParseResult<LrBatchConfirmationRequest>>
{
    public override SyncInteraction Interaction => LrInteractions.QueryBatchConfirmation;

    protected override Func<SyncMessage, ParseResult<LrBatchConfirmationRequest>> ReadRequest { get; } = LrRequestReader.ReadBatchConfirmation;

    public override async Task<SyncReply> HandleAsync(SyncCall<ParseResult<LrBatchConfirmationRequest>> request, CancellationToken cancellationToken)
    {
        if (!request.Request.TryGetValue(out var batch))
        {
            return Failed(request, "NO_PATIENTS", request.Request.Error!);
        }

        var now = time.GetUtcNow();
        var heldByUser = LrMatching.HeldBy(directory, batch.RoleProfileId, batch.Workgroups.Select(w => w.Value));
        var components = new List<BatchConfirmation>(batch.Patients.Count);
        foreach (var patient in batch.Patients)
        {
            components.Add(patient.NhsNumber.TryGetValue(out var nhsNumber)
                ? BatchConfirmation.LRStatus.Of(nhsNumber.Value,
                    (await store.ForPatientAsync(nhsNumber, cancellationToken)).Any(lr => heldByUser(lr) && lr.StatusAt(now) == LrStatus.Active))
                : new BatchConfirmation.DetectedIssue(patient.Sent, new Hl7Code("PATIENT_NOT_FOUND", LrVocabulary.LrResponseCodes, $"'{patient.Sent.Extension}' is not an NHS number"), "ER"));
        }

        var active = components.OfType<BatchConfirmation.LRStatus>().Count(c => c.Value == "true");
        var issues = components.OfType<BatchConfirmation.DetectedIssue>().Count();
        return new SyncReply(StatusCodes.Status200OK, LrMessages.BatchResponse(request.Response, new ConfirmationList(components)),
            $"Batch: {components.Count} patient(s), {active} with an Active LR, {issues} not found");
    }
}
