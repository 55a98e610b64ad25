using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Time;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Sync;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Query Confirmation (<c>QUPC_IN010000UK32</c>): Short (<c>QUPC_IN030000UK14</c>, does an Active LR exist) or History
/// (<c>QUPC_IN040000UK30</c>, also the status of an Inactive or Frozen one, Active first, then Inactive, then Frozen),
/// as the request's response type asks.
/// </summary>
internal sealed class QueryConfirmationHandler(IRelationshipStore store, SpineDirectory directory, TimeProvider time) : LrQueryHandler<ParseResult<LrConfirmationRequest>>
{
    public override SyncInteraction Interaction => LrInteractions.QueryConfirmationShort;

    protected override Func<SyncMessage, ParseResult<LrConfirmationRequest>> ReadRequest { get; } = LrRequestReader.ReadConfirmation;

    public override async Task<SyncReply> HandleAsync(SyncCall<ParseResult<LrConfirmationRequest>> request, CancellationToken cancellationToken)
    {
        if (!request.Request.TryGetValue(out var query))
        {
            return Failed(request, "PATIENT_NOT_FOUND", request.Request.Error!);
        }

        var now = time.GetUtcNow();
        var held = (await LrMatching.HeldAsync(store, directory, query.Patient, query.RoleProfileId, query.WorkgroupIds, cancellationToken))
            .Where(lr => lr.StatusAt(now) != LrStatus.Expired).ToList();
        var active = held.Any(lr => lr.StatusAt(now) == LrStatus.Active);
        if (!query.WantsHistory)
        {
            var shortAnswer = LrMessages.ConfirmShortAnswer(request.Response, LRExists.Of(active));
            return new SyncReply(StatusCodes.Status200OK, shortAnswer, $"Short: LR exists = {active}");
        }

        var found = held.OrderBy(lr => lr.StatusAt(now)).FirstOrDefault();
        var history = found is null
            ? ConfirmHistory.Of(false)
            : ConfirmHistory.Of(active, LrStatusCodes.Code(found.StatusAt(now)),
                found.StatusAt(now) == LrStatus.Active ? null : Hl7Timestamp.Format(found.StatusSince));
        var document = LrMessages.ConfirmHistoryAnswer(request.Response, history);
        return new SyncReply(StatusCodes.Status200OK, document, $"History: active = {active}, found {found?.StatusAt(now).ToString() ?? "none"}");
    }
}
