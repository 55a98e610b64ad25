namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>
/// <c>"user":{"roleProfileId":"…","userId":"…","jobRole":"R9999"}</c>: the user one request is made as instead of
/// the logged-in user, so the suite can exercise RBAC without restarting the SUT. All three ids are required.
/// </summary>
public sealed record ActingUserHookRequest(string? RoleProfileId, string? UserId, string? JobRole);
