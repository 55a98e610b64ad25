using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Spine;

/// <summary>RBAC runs before any call: a refused user sees why, and Spine sees nothing.</summary>
public sealed partial class AcsClientTests
{
    [Test]
    public async Task RecordDecisionAsync_JobRoleMayViewButNotChange_RefusesAndSendsNothing()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var shown = await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressDissent, ActingUsers.WithJobRole("R8003"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(SetDecisionOutcome.Refused));
            Assert.That(shown.Decision, Is.EqualTo(SharingDecision.ExpressDissent));
            Assert.That(shown.Message, Is.EqualTo("Refused: job role R8003 may not change sharing permissions (only R8000, R0260 may). Nothing was sent to Spine."));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task RecordDecisionAsync_LoggedInUserJobRoleNotListed_RefusesAndSendsNothing()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.User.JobRole = "R9999");

        var shown = await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(SetDecisionOutcome.Refused));
            Assert.That(shown.Message, Does.Contain("job role R9999 may not change sharing permissions"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task GetPermissionsAsync_JobRoleMayNotView_RefusesAndSendsNothing()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, ActingUsers.WithJobRole("R9999"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Refused));
            Assert.That(shown.View, Is.EqualTo(AcsPermission.Ask));
            Assert.That(shown.Store, Is.EqualTo(AcsPermission.Ask));
            Assert.That(shown.Message, Does.Contain("job role R9999 may not view sharing permissions (only R8000, R8003, R0260 may)"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task HasPermissionsAsync_JobRoleMayNotView_RefusesAndSendsNothing()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var shown = await env.Acs.HasPermissionsAsync(Some.NhsNumber, ActingUsers.WithJobRole("R9999"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Refused));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task GetPermissionsAsync_ActingUserMayView_SendsItsIdsInAuthor()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, ActingUsers.WithJobRole("R8003"), CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.ControlActId(SdsRoleProfileId.Oid), Is.EqualTo(ActingUsers.RoleProfileId));
            Assert.That(sent.ControlActId(SdsUserId.Oid), Is.EqualTo(ActingUsers.UserId));
            Assert.That(sent.ControlActId(JobRoleCode.Oid), Is.EqualTo("R8003"));
        }
    }

    [Test]
    public async Task RecordDecisionAsync_ColonFormJobRoleEndingInAllowedCode_IsSent()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var shown = await env.Acs.RecordDecisionAsync(
            Some.NhsNumber, SharingDecision.ExpressConsent, ActingUsers.WithJobRole("S0080:G0450:R8000"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(SetDecisionOutcome.Recorded));
            Assert.That(env.Spine.Single.ControlActId(JobRoleCode.Oid), Is.EqualTo("S0080:G0450:R8000"));
        }
    }

    [Test]
    public async Task RecordDecisionAsync_ConfiguredChangeRolesReplaceDefaults_RefusesDefaultRoleAndAllowsListedOne()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.Rbac.JobRolesThatMayChange = " R8003 ");

        var asDefaultRole = await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, ActingUsers.WithJobRole("R8000"), CancellationToken.None);
        var asListedRole = await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, ActingUsers.WithJobRole("R8003"), CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(asDefaultRole.Outcome, Is.EqualTo(SetDecisionOutcome.Refused));
            Assert.That(asDefaultRole.Message, Does.Contain("(only R8003 may)"));
            Assert.That(asListedRole.Outcome, Is.EqualTo(SetDecisionOutcome.Recorded));
            Assert.That(env.Spine.Received, Has.Count.EqualTo(1));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_EmptyViewRoles_RefusesEveryJobRole()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.Rbac.JobRolesThatMayView = "");

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Refused));
            Assert.That(shown.Message, Does.Contain("(no job role may)"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }
}
