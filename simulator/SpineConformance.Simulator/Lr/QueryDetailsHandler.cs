using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Sync;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Query Details (<c>QUPC_IN020000UK17</c>): the patient's LRs that have not expired, within the requested period, as a
/// Simple (<c>QUPC_IN060000UK32</c>) or Complete (<c>QUPC_IN070000UK32</c>) list. The requesting user must already have an LR
/// with the patient (LR.md §9.4); otherwise the query fails.
/// </summary>
internal sealed class QueryDetailsHandler(IRelationshipStore store, SpineDirectory directory, TimeProvider time) : LrQueryHandler<ParseResult<LrDetailsRequest>>
{
    public override SyncInteraction Interaction => LrInteractions.QueryDetailsSimple;

    protected override Func<SyncMessage, ParseResult<LrDetailsRequest>> ReadRequest { get; } = LrRequestReader.ReadDetails;

    public override async Task<SyncReply> HandleAsync(SyncCall<ParseResult<LrDetailsRequest>> request, CancellationToken cancellationToken)
    {
        if (!request.Request.TryGetValue(out var query))
        {
            return Failed(request, "PATIENT_NOT_FOUND", request.Request.Error!);
        }

        var now = time.GetUtcNow();
        var roleProfileId = request.Author.RoleProfileId?.Value;
        if (!(await LrMatching.HeldAsync(store, directory, query.Patient, roleProfileId, [], cancellationToken)).Any(lr => lr.StatusAt(now) == LrStatus.Active))
        {
            return Failed(request, "NO_LR_WITH_PATIENT",
                $"Role profile {roleProfileId ?? "(none: the request names no well-formed one)"} has no Active LR with {query.Patient}; a details query needs one.");
        }

        var listed = (await store.ForPatientAsync(query.Patient, cancellationToken)).Where(lr => lr.StatusAt(now) != LrStatus.Expired && InPeriod(lr, query)).ToList();
        var patient = LrIdentifiers.Patient(query.Patient.Value);
        if (query.WantsComplete)
        {
            var complete = new CompleteLRList(patient, listed.Select(lr => Complete(lr, now)).ToList());
            return new SyncReply(StatusCodes.Status200OK, LrMessages.DetailsComplete(request.Response, complete), $"Complete: {listed.Count} LR(s)");
        }

        var simple = new SimpleLRList(patient, listed.Select(lr => new SimpleDetails(LrIdentifiers.LrRecord(lr.Id),
            LrVocabulary.LrCurrentStatus.Coded(LrStatusCodes.Code(lr.StatusAt(now))), Subject(lr))
        {
            EffectiveTime = lr.StatusAt(now) == LrStatus.Active ? null : Hl7Timestamp.Format(lr.StatusSince),
        }).ToList());
        return new SyncReply(StatusCodes.Status200OK, LrMessages.DetailsSimple(request.Response, simple), $"Simple: {listed.Count} LR(s)");
    }

    private CompleteDetails Complete(LegitimateRelationship lr, DateTimeOffset now)
    {
        var last = lr.History.Count > 0 ? lr.History[^1] : null;
        return new CompleteDetails(LrIdentifiers.LrRecord(lr.Id), LrVocabulary.LrCurrentStatus.Coded(LrStatusCodes.Code(lr.StatusAt(now))),
            Hl7Timestamp.Format(lr.StartedAt), LrVocabulary.LrType.Coded(lr.LrType), Subject(lr), Author(lr.CreatedBy))
        {
            StatusSince = lr.StatusAt(now) == LrStatus.Active ? null : Hl7Timestamp.Format(lr.StatusSince),
            StatusChange = last is null ? null : new SCDetails(LrVocabulary.SCReasonCode.Coded(last.ReasonCode), Author(last.By)),
            Reason = lr.AccessReason is null && lr.Justification is null ? null : new LrReason(lr.Justification, lr.AccessReason is null ? null : LrVocabulary.AccessReasonCode.Coded(lr.AccessReason)),
        };
    }

    private LrAgent Subject(LegitimateRelationship lr)
    {
        if (!lr.Subject.IsWorkgroup)
        {
            return LrAgent.Person.Of(lr.Subject.RoleProfileId ?? string.Empty, lr.Subject.UserId ?? string.Empty);
        }

        var workgroup = directory.Workgroup(lr.Subject.WorkgroupId);
        var organisation = directory.Organisation(workgroup?.OdsCode);
        return new LrAgent.NamedWorkgroup(LrIdentifiers.Workgroup(lr.Subject.WorkgroupId!), workgroup?.Name ?? lr.Subject.WorkgroupId!,
            organisation?.Name ?? workgroup?.OdsCode ?? "unknown organisation");
    }

    private static LrAgent Author(LrActor actor) =>
        actor.RoleProfileId is not null ? LrAgent.Person.Of(actor.RoleProfileId, actor.UserId ?? string.Empty) : LrAgent.Device.Of(actor.SystemAsid ?? string.Empty);

    // LR start <= period end, and (no expiry or expiry >= period start).
    private static bool InPeriod(LegitimateRelationship lr, LrDetailsRequest query) =>
        lr.StartedAt <= (query.PeriodUntil ?? DateTimeOffset.MaxValue) && (lr.ExpiresAt is null || lr.ExpiresAt >= (query.PeriodFrom ?? DateTimeOffset.MinValue));
}
