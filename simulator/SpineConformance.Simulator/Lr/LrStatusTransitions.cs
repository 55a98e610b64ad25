using static SpineConformance.Hl7.Lr.LrVocabulary;

namespace SpineConformance.Simulator.Lr;

/// <summary>
/// The LR status model (LR.md §11.2) as one function: an LR, a status change reason (SCReasonCode) and the time give
/// either the changed LR or the reason the change is refused. The open points are decided by <see cref="LrBehaviourOptions"/>.
/// </summary>
public static class LrStatusTransitions
{
    private static readonly HashSet<string> Affirming = [SCReasons.ReferralAcceptance, SCReasons.PatientRegistration];
    private static readonly HashSet<string> Closing =
    [
        SCReasons.RelationshipTermination, SCReasons.ClosureOfCase, SCReasons.ReferralRejection, SCReasons.ReferralAbandonment,
        SCReasons.ReferralDischarge, SCReasons.PatientDeregistration, SCReasons.SelfReferralCessation, SCReasons.ClosureOfSubjectAccessRequest,
    ];
    private static readonly HashSet<string> RetiredFreeze = [SCReasons.WorkgroupClosure, SCReasons.PatientDeceased, SCReasons.TimedOut];
    private static readonly HashSet<string> RetiredClosure = [SCReasons.ReferralCancellation, SCReasons.FurtherTimedOut];

    public static LrTransition Apply(LegitimateRelationship lr, string reasonCode, DateTimeOffset at, LrActor by, LrBehaviourOptions options)
    {
        var current = lr.StatusAt(at);
        if (current == LrStatus.Expired)
        {
            return LrTransition.Refused(LrRefusal.Expired, $"LR {lr.Id} expired at {lr.ExpiresAt:O}; an expired LR cannot change status.");
        }

        if ((RetiredFreeze.Contains(reasonCode) || RetiredClosure.Contains(reasonCode)) && !options.AcceptRetiredReasonCodes)
        {
            return LrTransition.Refused(LrRefusal.RetiredReasonCode, $"Status change reason '{reasonCode}' is retired in MIM 7.2.02 (only 06–15 are current).");
        }

        LegitimateRelationship Changed(LrStatus to, DateTimeOffset? expiresAt) => lr with
        {
            Status = to,
            StatusSince = to == current ? lr.StatusSince : at,
            ExpiresAt = expiresAt ?? lr.ExpiresAt,
            History = [.. lr.History, new LrStatusChange(at, reasonCode, current, to, by)],
        };

        if (Affirming.Contains(reasonCode))
        {
            return current switch
            {
                LrStatus.Active => LrTransition.To(Changed(LrStatus.Active, null)),
                LrStatus.Frozen when options.FrozenCanReactivate => LrTransition.To(Changed(LrStatus.Active, null)),
                _ => LrTransition.Refused(LrRefusal.InvalidTransition,
                    $"LR {lr.Id} is {current}; reason '{reasonCode}' can only affirm an Active LR{(current == LrStatus.Frozen ? " (reactivating a Frozen LR is turned off: Simulator:Lr:FrozenCanReactivate)" : string.Empty)}."),
            };
        }

        if (Closing.Contains(reasonCode) || RetiredClosure.Contains(reasonCode))
        {
            if (current == LrStatus.Inactive)
            {
                return LrTransition.Refused(LrRefusal.InvalidTransition, $"LR {lr.Id} is already Inactive.");
            }

            var expiry = at + options.GracePeriod;
            var stayActive = current == LrStatus.Active && options.ClosingChange == ClosingChangeBehaviour.StayActiveUntilExpiry && !RetiredClosure.Contains(reasonCode);
            return LrTransition.To(Changed(stayActive ? LrStatus.Active : LrStatus.Inactive, expiry));
        }

        if (RetiredFreeze.Contains(reasonCode))
        {
            return current == LrStatus.Active
                ? LrTransition.To(Changed(LrStatus.Frozen, null))
                : LrTransition.Refused(LrRefusal.InvalidTransition, $"LR {lr.Id} is {current}; only an Active LR can be frozen.");
        }

        return LrTransition.Refused(LrRefusal.UnknownReasonCode, $"'{reasonCode}' is not an SCReasonCode ({SCReasonCode.CodeSystem}).");
    }
}

/// <summary>The outcome of a status change: the changed LR, or why not.</summary>
public sealed record LrTransition(LegitimateRelationship? Changed, LrRefusal? Refusal, string? Reason)
{
    public static LrTransition To(LegitimateRelationship changed) => new(changed, null, null);

    public static LrTransition Refused(LrRefusal refusal, string reason) => new(null, refusal, reason);
}

/// <summary>Why Spine refuses an LR request. Spine's LRResponseCodes are not public, so these names are the simulator's own.</summary>
public enum LrRefusal
{
    NotFound,
    PatientMismatch,
    Expired,
    InvalidTransition,
    RetiredReasonCode,
    UnknownReasonCode,
    Duplicate,
    NaspOnlyType,
}
