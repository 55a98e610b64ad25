using SpineConformance.SecondClient.Identity;

namespace SpineConformance.SecondClient.TestHook;

// The JSON shapes of test-hook contract 1.0.0 (src/SpineConformance.Drivers/test-hook.openapi.json), camelCase on the wire.
internal sealed record PermissionsHookRequest(string? NhsNumber, ActingUser? User);

internal sealed record SetPermissionsHookRequest(string? NhsNumber, string? Decision, ActingUser? User);

internal sealed record PermissionsHookResponse(string Outcome, string View, string Store, string Message);

internal sealed record SetDecisionHookResponse(string Outcome, string Decision, string Message);

internal sealed record LrCreateHookRequest(
    string? NhsNumber, string? LrType, string? WorkgroupId, string? AccessReason, string? Justification, bool? Alert, string? ExpiresAt, ActingUser? User);

internal sealed record LrStatusChangeHookRequest(string? NhsNumber, string? LrId, string? Reason, ActingUser? User);

internal sealed record LrWorkgroupMembershipHookRequest(
    string? MemberRoleProfileId, string? MemberUserId, string? WorkgroupId, bool IdentifiedWorkgroupsOnly, ActingUser? User);

internal sealed record LrConfirmationHookRequest(string? NhsNumber, bool History, IReadOnlyList<string>? WorkgroupIds, ActingUser? User);

internal sealed record LrDetailsHookRequest(
    string? NhsNumber, bool Complete, string? DissentOverride, string? OverrideExplanation, string? From, string? To, ActingUser? User);

internal sealed record LrBatchConfirmationHookRequest(IReadOnlyList<string>? NhsNumbers, IReadOnlyList<string>? WorkgroupIds, ActingUser? User);

internal sealed record LrUserRoleProfilesHookRequest(string? UserId, ActingUser? User);

internal sealed record LrWorkgroupMembersHookRequest(IReadOnlyList<string>? WorkgroupIds, ActingUser? User);

internal sealed record LrAsyncView(string Outcome, string? ConversationId, string? MessageId, string Message);

internal sealed record LrBusinessResult(string ConversationId, string Interaction, string Outcome, string? LrId, string Message);

internal sealed record LrQueryView(string Outcome, object? Result, string Message);

internal sealed record LrConfirmationResult(bool? ActiveLrExists, string? Status, string? StatusName, string? Since);

internal sealed record LrPartyView(string Kind, string? Id, string? UserId, string? Name, string? OrganizationName);

internal sealed record LrRelationshipView(
    string? LrId, string Status, string? StatusName, string? Since, LrPartyView Subject, string? LrType, string? LrTypeName, string? ActiveFrom,
    LrPartyView? Author, string? AccessReason, string? Justification, string? LastStatusChangeReason);

internal sealed record LrDetailsResult(string? NhsNumber, IReadOnlyList<LrRelationshipView> Relationships);

internal sealed record LrBatchEntry(string? NhsNumber, bool? ActiveLrExists, string? Issue);

internal sealed record LrBatchResult(IReadOnlyList<LrBatchEntry> Patients);

internal sealed record LrWorkgroupReference(string? WorkgroupId, string Name);

internal sealed record LrRoleProfileView(string? RoleProfileId, string? OrganizationId, string OrganizationName, string JobRole, IReadOnlyList<LrWorkgroupReference> Workgroups);

internal sealed record LrRoleProfilesResult(string? UserId, IReadOnlyList<LrRoleProfileView> RoleProfiles);

internal sealed record LrWorkgroupView(string? WorkgroupId, string Name, string Type, string Status, string? StatusName);

internal sealed record LrWorkgroupsResult(IReadOnlyList<LrWorkgroupView> Workgroups);

internal sealed record HealthResponse(string Status);
