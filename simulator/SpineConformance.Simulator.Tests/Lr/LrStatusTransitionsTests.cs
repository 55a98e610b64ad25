using SpineConformance.Hl7.Lr;
using SpineConformance.Simulator.Lr;
using static SpineConformance.Hl7.Lr.LrVocabulary;

namespace SpineConformance.Simulator.Tests.Lr;

/// <summary>
/// The LR status model (LR.md §11.2) under the default options: affirming changes keep an Active LR Active, closing
/// changes make it Inactive with an expiry after the grace period, and what cannot happen is refused with the reason.
/// </summary>
public sealed partial class LrStatusTransitionsTests
{
    private static readonly DateTimeOffset Created = new(2026, 12, 1, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Created.AddDays(2);
    private static readonly LrActor Clinician = new("100000000001", "100000000002", null, "uuid:1");

    private static IEnumerable<string> AffirmingReasons() => [SCReasons.ReferralAcceptance, SCReasons.PatientRegistration];

    private static IEnumerable<string> ClosingReasons() =>
    [
        SCReasons.RelationshipTermination, SCReasons.ClosureOfCase, SCReasons.ReferralRejection, SCReasons.ReferralAbandonment,
        SCReasons.ReferralDischarge, SCReasons.PatientDeregistration, SCReasons.SelfReferralCessation, SCReasons.ClosureOfSubjectAccessRequest,
    ];

    private static IEnumerable<string> RetiredReasons() => SCReasonCode.Codes.Where(c => c.Retired).Select(c => c.Code);

    [TestCaseSource(nameof(AffirmingReasons))]
    public void Apply_AffirmingChangeToAnActiveLr_KeepsItActiveAndRecordsTheChange(string reason)
    {
        var outcome = LrStatusTransitions.Apply(Lr(), reason, Now, Clinician, new LrBehaviourOptions());

        var changed = outcome.Changed!;
        Assert.Multiple(() =>
        {
            Assert.That(outcome.Refusal, Is.Null, outcome.Reason);
            Assert.That(changed.Status, Is.EqualTo(LrStatus.Active));
            Assert.That(changed.StatusSince, Is.EqualTo(Created), "an LR that stays Active has been Active since it was created");
            Assert.That(changed.ExpiresAt, Is.Null);
            Assert.That(changed.History, Is.EqualTo(new[] { new LrStatusChange(Now, reason, LrStatus.Active, LrStatus.Active, Clinician) }));
        });
    }

    [TestCaseSource(nameof(ClosingReasons))]
    public void Apply_ClosingChangeToAnActiveLr_MakesItInactiveUntilTheGracePeriodEnds(string reason)
    {
        var options = new LrBehaviourOptions { GracePeriod = TimeSpan.FromHours(6) };

        var changed = LrStatusTransitions.Apply(Lr(), reason, Now, Clinician, options).Changed!;

        Assert.Multiple(() =>
        {
            Assert.That(changed.Status, Is.EqualTo(LrStatus.Inactive));
            Assert.That(changed.StatusSince, Is.EqualTo(Now));
            Assert.That(changed.ExpiresAt, Is.EqualTo(Now.AddHours(6)));
            Assert.That(changed.StatusAt(Now.AddHours(6)), Is.EqualTo(LrStatus.Expired));
            Assert.That(changed.History.Single(), Is.EqualTo(new LrStatusChange(Now, reason, LrStatus.Active, LrStatus.Inactive, Clinician)));
        });
    }

    [Test]
    public void Apply_ClosingChangeToAFrozenLr_MakesItInactive()
    {
        var changed = LrStatusTransitions.Apply(Lr(LrStatus.Frozen), SCReasons.ClosureOfCase, Now, Clinician, new LrBehaviourOptions()).Changed!;

        Assert.That((changed.Status, changed.History.Single().From), Is.EqualTo((LrStatus.Inactive, LrStatus.Frozen)));
    }

    [Test]
    public void Apply_ClosingChangeToAnInactiveLr_IsRefused()
    {
        var outcome = LrStatusTransitions.Apply(Lr(LrStatus.Inactive), SCReasons.ClosureOfCase, Now, Clinician, new LrBehaviourOptions());

        Assert.That((outcome.Changed, outcome.Refusal), Is.EqualTo(((LegitimateRelationship?)null, (LrRefusal?)LrRefusal.InvalidTransition)));
        Assert.That(outcome.Reason, Does.Contain("already Inactive"));
    }

    [TestCaseSource(nameof(AffirmingReasons))]
    public void Apply_AffirmingChangeToAnInactiveLr_IsRefusedNamingTheStatus(string reason)
    {
        var outcome = LrStatusTransitions.Apply(Lr(LrStatus.Inactive), reason, Now, Clinician, new LrBehaviourOptions());

        Assert.That(outcome.Refusal, Is.EqualTo(LrRefusal.InvalidTransition));
        Assert.That(outcome.Reason, Does.Contain("is Inactive").And.Not.Contain("FrozenCanReactivate"));
    }

    [Test]
    public void Apply_AnyChangeToAnExpiredLr_IsRefused()
    {
        var expired = Lr() with { ExpiresAt = Now.AddMinutes(-1) };

        var outcome = LrStatusTransitions.Apply(expired, SCReasons.ReferralAcceptance, Now, Clinician, new LrBehaviourOptions());

        Assert.That(outcome.Refusal, Is.EqualTo(LrRefusal.Expired));
        Assert.That(outcome.Reason, Does.Contain("expired"));
    }

    [Test]
    public void Apply_ALaterChange_KeepsTheEarlierHistory()
    {
        var options = new LrBehaviourOptions();
        var affirmed = LrStatusTransitions.Apply(Lr(), SCReasons.ReferralAcceptance, Now, Clinician, options).Changed!;

        var closed = LrStatusTransitions.Apply(affirmed, SCReasons.ReferralDischarge, Now.AddHours(1), Clinician, options).Changed!;

        Assert.That(closed.History.Select(h => (h.ReasonCode, h.To)),
            Is.EqualTo(new[] { (SCReasons.ReferralAcceptance, LrStatus.Active), (SCReasons.ReferralDischarge, LrStatus.Inactive) }));
    }

    [TestCase("16")]
    [TestCase("")]
    [TestCase("8")]
    public void Apply_ACodeOutsideSCReasonCode_IsRefusedNamingTheCodeSystem(string reason)
    {
        var outcome = LrStatusTransitions.Apply(Lr(), reason, Now, Clinician, new LrBehaviourOptions());

        Assert.That(outcome.Refusal, Is.EqualTo(LrRefusal.UnknownReasonCode));
        Assert.That(outcome.Reason, Does.Contain($"'{reason}'").And.Contain(SCReasonCode.CodeSystem));
    }

    [Test]
    public void EveryCurrentReasonCode_IsEitherAffirmingOrClosing()
    {
        var current = SCReasonCode.Codes.Where(c => !c.Retired).Select(c => c.Code);

        Assert.That(current, Is.EquivalentTo(AffirmingReasons().Concat(ClosingReasons())));
    }

    private static LegitimateRelationship Lr(LrStatus status = LrStatus.Active) => new()
    {
        Id = "LR0000000000000001",
        NhsNumber = "9434765919",
        Subject = new LrSubject("100000000011", "100000000012", null),
        LrType = LrTypes.Referral,
        CreatedBy = Clinician,
        StartedAt = Created,
        StatusSince = Created,
        Status = status,
    };
}
