using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Sync;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// Workgroup Member Query (<c>QUPC_IN041234UK01</c> → <c>REPC_IN130007UK01</c>, service <c>sdsquery</c>): the details (type, name,
/// status) of the requested workgroups the requesting user — the control act's <c>author</c> [I LR.md §8.2] — belongs to.
/// </summary>
internal sealed class WorkgroupMemberQueryHandler(SpineDirectory directory) : LrQueryHandler<ParseResult<LrWorkgroupMembersRequest>>
{
    public override SyncInteraction Interaction => LrInteractions.WorkgroupMemberQuery;

    protected override Func<SyncMessage, ParseResult<LrWorkgroupMembersRequest>> ReadRequest { get; } = LrRequestReader.ReadWorkgroupMembers;

    public override Task<SyncReply> HandleAsync(SyncCall<ParseResult<LrWorkgroupMembersRequest>> request, CancellationToken cancellationToken)
    {
        // No query (the pre-v4.4 Query, say) asks about no workgroup, and is answered as one naming none the user belongs to.
        var asked = request.Request.TryGetValue(out var query) ? query.Workgroups : [];
        var roleProfileId = request.Author.RoleProfileId?.Value;
        var memberOf = directory.RoleProfile(roleProfileId)?.Profile.Workgroups ?? [];
        var found = asked
            .Select(workgroup => directory.Workgroup(workgroup.Value))
            .OfType<Workgroup>()
            .Where(w => memberOf.Contains(w.WorkgroupId))
            .Select(w => WorkgroupDetails.Of(w.WorkgroupId, w.Name, w.Type == "Long Term Care" ? LrVocabulary.WorkgroupTypes.LongTermCare : LrVocabulary.WorkgroupTypes.Standard, w.Status switch { "Frozen" => "02", "Closed" => "03", _ => "01" }))
            .ToList();
        return Task.FromResult(found.Count == 0
            ? Failed(request, "WORKGROUP_NOT_FOUND", $"Role profile {roleProfileId} belongs to none of the workgroups asked about.")
            : new SyncReply(StatusCodes.Status200OK, LrMessages.WorkgroupMemberResponse(request.Response, new WorkgroupMemberQueryResponse(found)),
                $"{found.Count} workgroup(s) for {roleProfileId}"));
    }
}
