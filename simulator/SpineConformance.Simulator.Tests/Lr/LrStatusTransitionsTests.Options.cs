using SpineConformance.Simulator.Lr;
using static SpineConformance.Hl7.Lr.LrVocabulary;

namespace SpineConformance.Simulator.Tests.Lr;

/// <summary>Each LR option (<see cref="LrBehaviourOptions"/>) changes the outcome it documents, and only that one.</summary>
public sealed partial class LrStatusTransitionsTests
{
    [TestCaseSource(nameof(AffirmingReasons))]
    public void FrozenCanReactivate_Off_AffirmingAFrozenLrIsRefusedNamingTheSetting(string reason)
    {
        var outcome = LrStatusTransitions.Apply(Lr(LrStatus.Frozen), reason, Now, Clinician, new LrBehaviourOptions { FrozenCanReactivate = false });

        Assert.That(outcome.Refusal, Is.EqualTo(LrRefusal.InvalidTransition));
        Assert.That(outcome.Reason, Does.Contain("Simulator:Lr:FrozenCanReactivate"));
    }

    [TestCaseSource(nameof(AffirmingReasons))]
    public void FrozenCanReactivate_On_AffirmingAFrozenLrMakesItActiveAgain(string reason)
    {
        var changed = LrStatusTransitions.Apply(Lr(LrStatus.Frozen), reason, Now, Clinician, new LrBehaviourOptions { FrozenCanReactivate = true }).Changed!;

        Assert.That((changed.Status, changed.StatusSince), Is.EqualTo((LrStatus.Active, Now)));
        Assert.That(changed.History.Single().From, Is.EqualTo(LrStatus.Frozen));
    }

    [Test]
    public void FrozenCanReactivate_On_DoesNotReviveAnInactiveLr()
    {
        var outcome = LrStatusTransitions.Apply(Lr(LrStatus.Inactive), SCReasons.ReferralAcceptance, Now, Clinician,
            new LrBehaviourOptions { FrozenCanReactivate = true });

        Assert.That(outcome.Refusal, Is.EqualTo(LrRefusal.InvalidTransition));
    }

    [TestCaseSource(nameof(ClosingReasons))]
    public void ClosingChange_StayActiveUntilExpiry_KeepsTheLrActiveUntilTheGracePeriodEnds(string reason)
    {
        var options = new LrBehaviourOptions { ClosingChange = ClosingChangeBehaviour.StayActiveUntilExpiry, GracePeriod = TimeSpan.FromHours(2) };

        var changed = LrStatusTransitions.Apply(Lr(), reason, Now, Clinician, options).Changed!;

        Assert.Multiple(() =>
        {
            Assert.That(changed.Status, Is.EqualTo(LrStatus.Active));
            Assert.That(changed.StatusSince, Is.EqualTo(Created));
            Assert.That(changed.StatusAt(Now.AddHours(2).AddTicks(-1)), Is.EqualTo(LrStatus.Active));
            Assert.That(changed.StatusAt(Now.AddHours(2)), Is.EqualTo(LrStatus.Expired));
        });
    }

    [Test]
    public void ClosingChange_StayActiveUntilExpiry_StillMakesAFrozenLrInactive()
    {
        var options = new LrBehaviourOptions { ClosingChange = ClosingChangeBehaviour.StayActiveUntilExpiry };

        var changed = LrStatusTransitions.Apply(Lr(LrStatus.Frozen), SCReasons.ClosureOfCase, Now, Clinician, options).Changed!;

        Assert.That(changed.Status, Is.EqualTo(LrStatus.Inactive));
    }

    [TestCaseSource(nameof(RetiredReasons))]
    public void AcceptRetiredReasonCodes_Off_RefusesEveryRetiredCode(string reason)
    {
        var outcome = LrStatusTransitions.Apply(Lr(), reason, Now, Clinician, new LrBehaviourOptions { AcceptRetiredReasonCodes = false });

        Assert.That(outcome.Refusal, Is.EqualTo(LrRefusal.RetiredReasonCode));
        Assert.That(outcome.Reason, Does.Contain($"'{reason}' is retired"));
    }

    [TestCase(SCReasons.WorkgroupClosure)]
    [TestCase(SCReasons.PatientDeceased)]
    [TestCase(SCReasons.TimedOut)]
    public void AcceptRetiredReasonCodes_On_ARetiredFreezeFreezesAnActiveLr(string reason)
    {
        var options = new LrBehaviourOptions { AcceptRetiredReasonCodes = true };

        var frozen = LrStatusTransitions.Apply(Lr(), reason, Now, Clinician, options).Changed!;
        var again = LrStatusTransitions.Apply(frozen, reason, Now.AddHours(1), Clinician, options);

        Assert.That((frozen.Status, frozen.ExpiresAt), Is.EqualTo((LrStatus.Frozen, (DateTimeOffset?)null)));
        Assert.That(again.Refusal, Is.EqualTo(LrRefusal.InvalidTransition), "only an Active LR can be frozen");
    }

    [TestCase(SCReasons.ReferralCancellation)]
    [TestCase(SCReasons.FurtherTimedOut)]
    public void AcceptRetiredReasonCodes_On_ARetiredClosureClosesEvenWhenClosingChangesStayActive(string reason)
    {
        var options = new LrBehaviourOptions
        {
            AcceptRetiredReasonCodes = true,
            ClosingChange = ClosingChangeBehaviour.StayActiveUntilExpiry,
            GracePeriod = TimeSpan.FromHours(1),
        };

        var changed = LrStatusTransitions.Apply(Lr(), reason, Now, Clinician, options).Changed!;

        Assert.That((changed.Status, changed.ExpiresAt), Is.EqualTo((LrStatus.Inactive, (DateTimeOffset?)Now.AddHours(1))));
    }
}
