using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Sync;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Query Batch Confirmation (<c>QUPC_IN090000UK03</c> → <c>QUPC_IN250000UK02</c>): for each patient, whether an Active LR
/// exists with the user or their workgroups; a patient identifier that is not an NHS number is reported inline with a
/// detected issue while the others are answered (LR.md §9.5).
/// </summary>
internal sealed class BatchConfirmationHandler(IRelationshipStore store, SpineDirectory directory, TimeProvider time) : LrQueryHandler<BatchConfirmationQuery>
{
    public override SyncInteraction Interaction => LrInteractions.QueryBatchConfirmation;

    protected override Func<SyncMessage, BatchConfirmationQuery?> ReadRequest { get; } = LrRequestReader.ReadBatchConfirmationQuery;

    public override Task<SyncReply> HandleAsync(SyncCall<BatchConfirmationQuery?> request, CancellationToken cancellationToken)
    {
        var query = request.Request;
        if (query is null || query.Patients.Count == 0)
        {
            return Task.FromResult(Failed(request, "NO_PATIENTS", "The batch names no patient."));
        }

        var now = time.GetUtcNow();
        var urp = query.ParameterList?.RoleProfileId.Extension;
        var heldByUser = LrMatching.HeldBy(directory, urp, query.ParameterList?.WorkgroupCodes.Select(w => w.Extension) ?? []);
        var components = query.Patients.Select(patient => NhsNumber.IsValid(patient.Extension)
            ? (BatchConfirmation)BatchConfirmation.LRStatus.Of(patient.Extension!,
                store.ForPatient(patient.Extension!).Any(lr => heldByUser(lr) && lr.StatusAt(now) == LrStatus.Active))
            : new BatchConfirmation.DetectedIssue(patient, new Hl7Code("PATIENT_NOT_FOUND", LrVocabulary.LrResponseCodes, $"'{patient.Extension}' is not an NHS number"), "ER"))
            .ToList();
        var active = components.OfType<BatchConfirmation.LRStatus>().Count(c => c.Value == "true");
        var issues = components.OfType<BatchConfirmation.DetectedIssue>().Count();
        return Task.FromResult(new SyncReply(StatusCodes.Status200OK, LrMessages.BatchResponse(request.Response, new ConfirmationList(components)),
            $"Batch: {components.Count} patient(s), {active} with an Active LR, {issues} not found"));
    }
}
