namespace SpineConformance.Hl7.Lr;

public static partial class LrInteractions
{
    /// <summary>The 20 interactions in the MIM's order (Implementation Manual §6.1–6.20).</summary>
    public static IReadOnlyList<LrInteraction> All { get; } =
    [
        Trigger(RequestCreateLrId, "Request Create LR", LrsService, "CreateRequest", isRequest: true),
        Trigger(ConfirmLrCreatedId, "Confirm LR Created", LrsService, "CreationResponseConfirm", isRequest: false),
        Trigger(RequestStatusChangeId, "Request Status Change", LrsService, "SCRequest", isRequest: true),
        Trigger(ConfirmStatusChangeId, "Confirm Status Change Request", LrsService, "SCConfirm", isRequest: false),
        QueryRequest(QueryConfirmationId, "Query Confirmation Request", LrsQueryService),
        QueryResponse(ConfirmShortId, "Confirm LR - Short Response", LrsQueryService, "LRExists"),
        QueryResponse(ConfirmHistoryId, "Confirm LR - History Response", LrsQueryService, "ConfirmHistory"),
        QueryRequest(QueryDetailsId, "Query Details", LrsQueryService),
        QueryResponse(DetailsSimpleId, "LR Details - Simple Response", LrsQueryService, "SimpleLRList"),
        QueryResponse(DetailsCompleteId, "LR Details - Complete Response", LrsQueryService, "CompleteLRList"),
        QueryRequest(QueryBatchConfirmationId, "Query Batch Confirmation Request", LrsQueryService),
        QueryResponse(BatchResponseId, "Confirm LR - Batch Response", LrsQueryService, "ConfirmationList"),
        QueryRequest(IdentifyUserRoleProfilesQueryId, "Identify User Role Profiles Query", SdsQueryService),
        QueryResponse(UserRoleProfilesResponseId, "Identify User Role Profiles Query Response", SdsQueryService, "URPIDResponse"),
        Trigger(AddUserToWorkgroupRequestId, "Add User to Workgroup Request", SdsService, "AddToWorkgroupRequest", isRequest: true),
        Trigger(AddUserToWorkgroupResponseId, "Add User to Workgroup Response", SdsService, "AddToWorkgroupResponse", isRequest: false),
        Trigger(RemoveUserFromWorkgroupRequestId, "Remove User from Workgroup Request", SdsService, "RemoveFromWorkgroupRequest", isRequest: true),
        Trigger(RemoveUserFromWorkgroupResponseId, "Remove User from Workgroup Response", SdsService, "RemoveFromWorkgroupResponse", isRequest: false),
        QueryRequest(WorkgroupMemberQueryId, "Workgroup Member Query Request", SdsQueryService),
        QueryResponse(WorkgroupMemberResponseId, "Workgroup Member Query Response", SdsQueryService, "WorkgroupMemberQueryResponse"),
    ];

    public static LrInteraction? Find(string? interactionId) => All.FirstOrDefault(i => i.InteractionId == interactionId);

    private static LrInteraction Trigger(string id, string name, string service, string payload, bool isRequest) =>
        new(id, name, service, LrPattern.AsyncReliable, LrControlActKind.TriggerEvent, payload, isRequest);

    private static LrInteraction QueryRequest(string id, string name, string service) =>
        new(id, name, service, LrPattern.SyncSoap, LrControlActKind.Query, "query", IsRequest: true);

    private static LrInteraction QueryResponse(string id, string name, string service, string payload) =>
        new(id, name, service, LrPattern.SyncSoap, LrControlActKind.QueryResponse, payload, IsRequest: false);
}
