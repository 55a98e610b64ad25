using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>
/// What the SUT showed, as the suite's driver reads it. <see cref="View"/> and <see cref="Store"/> keep
/// ACS's own spelling (<c>Yes</c>, <c>No</c>, <c>Ask</c>) so a step can compare them with Spine's values directly.
/// </summary>
public sealed record PermissionsHookResponse(PermissionsOutcome Outcome, string View, string Store, string Message)
{
    public static PermissionsHookResponse From(PermissionsView shown) =>
        new(shown.Outcome, shown.View.ToString(), shown.Store.ToString(), shown.Message);
}
