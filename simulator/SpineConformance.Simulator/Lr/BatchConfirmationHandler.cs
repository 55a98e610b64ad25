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
internal sealed class BatchConfirmationHandler(IRelationshipStore store, SpineDirectory directory, TimeProvider time) : LrQueryHandler<BatchConfirmationQuery?>
{
    public override SyncInteraction Interaction => LrInteractions.QueryBatchConfirmation;

    protected override Func<SyncMessage, BatchConfirmationQuery?> ReadRequest { get; } = LrRequestReader.ReadBatchConfirmationQuery;

    public override async Task<SyncReply> HandleAsync(SyncCall<BatchConfirmationQuery?> request, CancellationToken cancellationToken)
    {
        var query = request.Request;
        if (query is null || query.Patients.Count == 0)
        {
            return Failed(request, "NO_PATIENTS", "The batch names no patient.");
        }

        var now = time.GetUtcNow();
        var urp = query.ParameterList?.RoleProfileId.Extension;
        var heldByUser = LrMatching.HeldBy(directory, urp, query.ParameterList?.WorkgroupCodes.Select(w => w.Extension) ?? []);
        var components = new List<BatchConfirmation>(query.Patients.Count);
        foreach (var patient in query.Patients)
        {
            components.Add(NhsNumber.Parse(patient.Extension) is { Success: true } nhsNumber
                ? BatchConfirmation.LRStatus.Of(patient.Extension!,
                    (await store.ForPatientAsync(nhsNumber.Value, cancellationToken)).Any(lr => heldByUser(lr) && lr.StatusAt(now) == LrStatus.Active))
                : new BatchConfirmation.DetectedIssue(patient, new Hl7Code("PATIENT_NOT_FOUND", LrVocabulary.LrResponseCodes, $"'{patient.Extension}' is not an NHS number"), "ER"));
        }

        var active = components.OfType<BatchConfirmation.LRStatus>().Count(c => c.Value == "true");
        var issues = components.OfType<BatchConfirmation.DetectedIssue>().Count();
        return new SyncReply(StatusCodes.Status200OK, LrMessages.BatchResponse(request.Response, new ConfirmationList(components)),
            $"Batch: {components.Count} patient(s), {active} with an Active LR, {issues} not found");
    }
}
