namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>The body of <c>POST /test-hook/acs/get-permissions</c>: <c>{"nhsNumber":"9434765919"}</c>.</summary>
public sealed record GetPermissionsHookRequest(string? NhsNumber);
