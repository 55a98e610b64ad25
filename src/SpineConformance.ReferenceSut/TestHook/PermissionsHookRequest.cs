namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>
/// The body of <c>POST /test-hook/acs/get-permissions</c> and <c>/has-permissions</c>:
/// <c>{"nhsNumber":"9434765919"}</c>, optionally with the <c>user</c> to act as.
/// </summary>
public sealed record PermissionsHookRequest(string? NhsNumber, ActingUserHookRequest? User = null);
