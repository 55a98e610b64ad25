namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>
/// The body of <c>POST /test-hook/acs/set-permissions</c>:
/// <c>{"nhsNumber":"9434765919","decision":"expressDissent"}</c>, optionally with the <c>user</c> to act as.
/// </summary>
/// <param name="Decision">Text, not the enum, so an unknown value gets an answer listing the known ones.</param>
public sealed record SetPermissionsHookRequest(string? NhsNumber, string? Decision, ActingUserHookRequest? User = null);
