using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>What the SUT showed after recording a decision: <c>{"outcome":"recorded","decision":"expressConsent","message":"…"}</c>.</summary>
public sealed record SetDecisionHookResponse(SetDecisionOutcome Outcome, SharingDecision Decision, string Message)
{
    public static SetDecisionHookResponse From(SetDecisionView shown) => new(shown.Outcome, shown.Decision, shown.Message);
}
