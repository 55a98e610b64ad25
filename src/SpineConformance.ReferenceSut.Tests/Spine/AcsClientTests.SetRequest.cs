using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;
using SpineConformance.Validation;
using SpineConformance.Validation.Rules;

namespace SpineConformance.ReferenceSut.Tests.Spine;

/// <summary>What the SUT puts on the wire to record a sharing decision (Set).</summary>
public sealed partial class AcsClientTests
{
    [Test]
    public async Task RecordDecisionAsync_AnyDecision_SendsSetSoapActionEqualToWsaAction()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.SoapAction, Is.EqualTo("urn:nhs:names:services:lrs/SET_RESOURCE_PERMISSIONS_INUK01"));
            Assert.That(sent.Message.Action, Is.EqualTo(sent.SoapAction));
            Assert.That(sent.Message.InteractionId, Is.EqualTo("SET_RESOURCE_PERMISSIONS_INUK01"));
        }
    }

    [Test]
    public async Task RecordDecisionAsync_AnyDecision_SendsOneSetPayloadWithViewAndStoreEqual()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressDissent, CancellationToken.None);

        var sent = env.Spine.Single;
        var assertions = sent.SetPermissions.Assertions;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.SetRequests, Has.Count.EqualTo(1));
            Assert.That(assertions.Select(a => a.FunctionCode), Is.EquivalentTo(new[] { "View", "Store" }));
            Assert.That(assertions.Select(a => a.Permission).Distinct(), Is.EqualTo(new[] { "No" }));
        }
    }

    [TestCase(SharingDecision.ExpressConsent, "Yes")]
    [TestCase(SharingDecision.ExpressDissent, "No")]
    [TestCase(SharingDecision.AskForConsent, "Clear")]
    public async Task RecordDecisionAsync_Decision_SendsItsAcsPermissionForViewAndStore(SharingDecision decision, string permission)
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.RecordDecisionAsync(Some.NhsNumber, decision, CancellationToken.None);

        Assert.That(env.Spine.Single.SetPermissions.Assertions.Select(a => a.Permission), Is.EqualTo(new[] { permission, permission }));
    }

    [Test]
    public async Task RecordDecisionAsync_AnyDecision_SendsScrConsentForEveryoneWithNhsNumberAsId()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.RecordDecisionAsync($" {Some.NhsNumber} ", SharingDecision.AskForConsent, CancellationToken.None);

        var permissions = env.Spine.Single.SetPermissions;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(permissions.NhsNumber, Is.EqualTo(Some.NhsNumber));
            Assert.That(permissions.ResourceContextRoot, Is.EqualTo(NhsNumber.Oid));
            foreach (var assertion in permissions.Assertions)
            {
                Assert.That(assertion.ResourceType, Is.EqualTo("SCR"));
                Assert.That(assertion.ResourceId, Is.EqualTo(Some.NhsNumber));
                Assert.That(assertion.FunctionContext, Is.EqualTo("Consent"));
                Assert.That(assertion.AccessorType, Is.EqualTo("Everyone"));
                Assert.That(assertion.AccessorName, Is.EqualTo("Everyone"));
            }
        }
    }

    [Test]
    public async Task RecordDecisionAsync_ActingUser_SendsItsIdsInAuthor()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, ActingUsers.WithJobRole("R0260"), CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.ControlActId(SdsRoleProfileId.Oid), Is.EqualTo(ActingUsers.RoleProfileId));
            Assert.That(sent.ControlActId(SdsUserId.Oid), Is.EqualTo(ActingUsers.UserId));
            Assert.That(sent.ControlActId(JobRoleCode.Oid), Is.EqualTo("R0260"));
        }
    }

    [Test]
    public async Task RecordDecisionAsync_NoActingUser_SendsLoggedInUserIdsInAuthor()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o =>
        {
            o.User.RoleProfileId = "555555555551";
            o.User.UserId = "555555555552";
            o.User.JobRole = "R0260";
        });

        await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.ControlActId(SdsRoleProfileId.Oid), Is.EqualTo("555555555551"));
            Assert.That(sent.ControlActId(SdsUserId.Oid), Is.EqualTo("555555555552"));
            Assert.That(sent.ControlActId(JobRoleCode.Oid), Is.EqualTo("R0260"));
        }
    }

    [TestCase(SharingDecision.ExpressConsent)]
    [TestCase(SharingDecision.ExpressDissent)]
    [TestCase(SharingDecision.AskForConsent)]
    public async Task RecordDecisionAsync_Decision_SendsRequestConformanceValidationAccepts(SharingDecision decision)
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.RecordDecisionAsync(Some.NhsNumber, decision, CancellationToken.None);

        var sent = env.Spine.Single;
        var report = ValidationProfiles.Conformance(AcsInteractions.Set)!.Validate(new MessageUnderTest(sent.Message, sent.SoapAction, AcsInteractions.Set));
        Assert.That(report.Errors, Is.Empty, report.ToString());
    }
}
