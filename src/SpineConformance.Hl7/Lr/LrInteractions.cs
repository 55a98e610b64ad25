using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;

namespace SpineConformance.Hl7.Lr;

/// <summary>
/// The 20 LR interactions of MIM 7.2.02 (LR.md §2), their request → response pairs (§3) and services (§4).
/// Queries are <see cref="SyncInteraction"/>s; create, status change and the workgroup requests are <see cref="AsyncInteraction"/>s.
/// </summary>
/// <remarks>
/// Sync responses sit in a wrapper element under <c>SOAP-ENV:Body</c>, as ACS responses do. No public source names the
/// LR wrappers except Spine 2's inbound transform, which reads <c>queryConfirmationResponse</c> (LR.md §9.3), so the
/// confirmation responses use that name and the others follow the same "query…Response" pattern; readers accept any
/// wrapper, or none.
/// </remarks>
public static partial class LrInteractions
{
    public const string LrsService = SyncInteraction.ServicePrefix + "lrs";

    public const string SdsService = SyncInteraction.ServicePrefix + "sds";

    public const string LrsQueryService = SyncInteraction.ServicePrefix + "lrsquery";

    public const string SdsQueryService = SyncInteraction.ServicePrefix + "sdsquery";

    /// <summary>Query Act Failed: the failure response to every LR query.</summary>
    public const string QueryActFailed = "QUQI_IN010000UK14";

    /// <summary>Application Acknowledgement: the failure response to every async LR request.</summary>
    public const string ApplicationAcknowledgement = Hl7Constants.McciApplicationAcknowledgement;

    public const string RequestCreateLrId = "REPC_IN010000UK15";
    public const string ConfirmLrCreatedId = "REPC_IN020000UK13";
    public const string RequestStatusChangeId = "REPC_IN040000UK15";
    public const string ConfirmStatusChangeId = "REPC_IN050000UK13";
    public const string QueryConfirmationId = "QUPC_IN010000UK32";
    public const string ConfirmShortId = "QUPC_IN030000UK14";
    public const string ConfirmHistoryId = "QUPC_IN040000UK30";
    public const string QueryDetailsId = "QUPC_IN020000UK17";
    public const string DetailsSimpleId = "QUPC_IN060000UK32";
    public const string DetailsCompleteId = "QUPC_IN070000UK32";
    public const string QueryBatchConfirmationId = "QUPC_IN090000UK03";
    public const string BatchResponseId = "QUPC_IN250000UK02";
    public const string IdentifyUserRoleProfilesQueryId = "QUPC_IN010102UK01";
    public const string UserRoleProfilesResponseId = "QUPC_IN010103UK01";
    public const string AddUserToWorkgroupRequestId = "REPC_IN130002UK01";
    public const string AddUserToWorkgroupResponseId = "REPC_IN130003UK01";
    public const string RemoveUserFromWorkgroupRequestId = "REPC_IN130004UK01";
    public const string RemoveUserFromWorkgroupResponseId = "REPC_IN130005UK01";
    public const string WorkgroupMemberQueryId = "QUPC_IN041234UK01";
    public const string WorkgroupMemberResponseId = "REPC_IN130007UK01";

    /// <summary>Spine 2's sync response <c>wsa:From</c>: <c>https://&lt;service&gt;.national.ncrs.nhs.uk/syncservice</c> (LR.md §4.2).</summary>
    public static string SyncFromAddress(string service) =>
        $"https://{service[SyncInteraction.ServicePrefix.Length..]}.national.ncrs.nhs.uk/syncservice";

    public static AsyncInteraction RequestCreateLr { get; } = new(RequestCreateLrId, LrsService, ConfirmLrCreatedId, ApplicationAcknowledgement);

    public static AsyncInteraction RequestStatusChange { get; } = new(RequestStatusChangeId, LrsService, ConfirmStatusChangeId, ApplicationAcknowledgement);

    public static AsyncInteraction AddUserToWorkgroup { get; } = new(AddUserToWorkgroupRequestId, SdsService, AddUserToWorkgroupResponseId, ApplicationAcknowledgement);

    public static AsyncInteraction RemoveUserFromWorkgroup { get; } = new(RemoveUserFromWorkgroupRequestId, SdsService, RemoveUserFromWorkgroupResponseId, ApplicationAcknowledgement);

    /// <summary>The Query Confirmation answered Short (response type 01). <see cref="QueryConfirmationFor"/> picks by the requested type.</summary>
    public static SyncInteraction QueryConfirmationShort { get; } = Query(QueryConfirmationId, LrsQueryService, ConfirmShortId, "queryConfirmationResponse");

    /// <summary>The Query Confirmation answered with History (response type 02): the same request, another response.</summary>
    public static SyncInteraction QueryConfirmationHistory { get; } = QueryConfirmationShort with { ResponseInteractionId = ConfirmHistoryId };

    public static SyncInteraction QueryDetailsSimple { get; } = Query(QueryDetailsId, LrsQueryService, DetailsSimpleId, "queryDetailsResponse");

    public static SyncInteraction QueryDetailsComplete { get; } = QueryDetailsSimple with { ResponseInteractionId = DetailsCompleteId };

    public static SyncInteraction QueryBatchConfirmation { get; } = Query(QueryBatchConfirmationId, LrsQueryService, BatchResponseId, "queryBatchConfirmationResponse");

    public static SyncInteraction IdentifyUserRoleProfiles { get; } = Query(IdentifyUserRoleProfilesQueryId, SdsQueryService, UserRoleProfilesResponseId, "identifyUserRoleProfilesQueryResponse");

    public static SyncInteraction WorkgroupMemberQuery { get; } = Query(WorkgroupMemberQueryId, SdsQueryService, WorkgroupMemberResponseId, "workgroupMemberQueryResponse");

    /// <summary>Short for response type <c>01</c>, History for <c>02</c>; <see langword="null"/> for any other code, which Spine rejects.</summary>
    public static SyncInteraction? QueryConfirmationFor(string? responseTypeCode) => responseTypeCode switch
    {
        LrVocabulary.ResponseTypes.Brief => QueryConfirmationShort,
        LrVocabulary.ResponseTypes.Full => QueryConfirmationHistory,
        _ => null,
    };

    /// <summary>Simple for response type <c>01</c>, Complete for <c>02</c>; <see langword="null"/> otherwise.</summary>
    public static SyncInteraction? QueryDetailsFor(string? responseTypeCode) => responseTypeCode switch
    {
        LrVocabulary.ResponseTypes.Brief => QueryDetailsSimple,
        LrVocabulary.ResponseTypes.Full => QueryDetailsComplete,
        _ => null,
    };

    /// <summary>Every sync interaction value, one per request/response pair.</summary>
    public static IReadOnlyList<SyncInteraction> Sync { get; } =
        [QueryConfirmationShort, QueryConfirmationHistory, QueryDetailsSimple, QueryDetailsComplete, QueryBatchConfirmation, IdentifyUserRoleProfiles, WorkgroupMemberQuery];

    public static IReadOnlyList<AsyncInteraction> Async { get; } = [RequestCreateLr, RequestStatusChange, AddUserToWorkgroup, RemoveUserFromWorkgroup];

    /// <summary>The failure interaction for a request: <c>QUQI_IN010000UK14</c> for queries, <c>MCCI_IN010000UK13</c> for async requests.</summary>
    public static string? FailureFor(string requestInteractionId) =>
        Async.Any(a => a.InteractionId == requestInteractionId) ? ApplicationAcknowledgement
        : Sync.Any(s => s.InteractionId == requestInteractionId) ? QueryActFailed
        : null;

    private static SyncInteraction Query(string id, string service, string response, string wrapper) =>
        new(id, service, response, wrapper, SyncFromAddress(service), SyncFromAddress(service));
}
