namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>
/// <c>POST /test-hook/lr/create</c>: <c>{"nhsNumber":"9434765919","lrType":"08","accessReason":"18","justification":"…","alert":true}</c>.
/// The subject is the acting user unless <c>workgroupId</c> is given.
/// </summary>
public sealed record LrCreateHookRequest(
    string? NhsNumber,
    string? LrType,
    string? WorkgroupId = null,
    string? AccessReason = null,
    string? Justification = null,
    bool? Alert = null,
    string? ExpiresAt = null,
    ActingUserHookRequest? User = null);

/// <summary><c>POST /test-hook/lr/status-change</c>: <c>{"nhsNumber":"…","lrId":"…","reason":"08"}</c> (SCReasonCode).</summary>
public sealed record LrStatusChangeHookRequest(string? NhsNumber, string? LrId, string? Reason, ActingUserHookRequest? User = null);

/// <summary><c>POST /test-hook/lr/confirmation</c>: <c>{"nhsNumber":"…","history":false,"workgroupIds":["…"]}</c>.</summary>
public sealed record LrConfirmationHookRequest(string? NhsNumber, bool History = false, IReadOnlyList<string>? WorkgroupIds = null, ActingUserHookRequest? User = null);

/// <summary>
/// <c>POST /test-hook/lr/details</c>: <c>{"nhsNumber":"…","complete":false,"dissentOverride":"0","overrideExplanation":null,"from":"20260101","to":null}</c>.
/// </summary>
public sealed record LrDetailsHookRequest(
    string? NhsNumber,
    bool Complete = false,
    string? DissentOverride = null,
    string? OverrideExplanation = null,
    string? From = null,
    string? To = null,
    ActingUserHookRequest? User = null);

/// <summary><c>POST /test-hook/lr/batch-confirmation</c>: <c>{"nhsNumbers":["…","…"],"workgroupIds":["…"]}</c>.</summary>
public sealed record LrBatchConfirmationHookRequest(IReadOnlyList<string>? NhsNumbers, IReadOnlyList<string>? WorkgroupIds = null, ActingUserHookRequest? User = null);

/// <summary><c>POST /test-hook/lr/user-role-profiles</c>: <c>{"userId":"…"}</c> (the SDS user id whose role profiles are wanted).</summary>
public sealed record LrUserRoleProfilesHookRequest(string? UserId, ActingUserHookRequest? User = null);

/// <summary>
/// <c>POST /test-hook/lr/workgroup/add</c> and <c>/remove</c>:
/// <c>{"memberRoleProfileId":"…","memberUserId":"…","workgroupId":"…","identifiedWorkgroupsOnly":true}</c>.
/// </summary>
public sealed record LrWorkgroupMembershipHookRequest(
    string? MemberRoleProfileId, string? MemberUserId, string? WorkgroupId, bool IdentifiedWorkgroupsOnly = true, ActingUserHookRequest? User = null);

/// <summary><c>POST /test-hook/lr/workgroup/members</c>: <c>{"workgroupIds":["…"]}</c>.</summary>
public sealed record LrWorkgroupMembersHookRequest(IReadOnlyList<string>? WorkgroupIds, ActingUserHookRequest? User = null);
