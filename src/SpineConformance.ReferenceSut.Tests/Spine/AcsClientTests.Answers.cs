using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Spine;

/// <summary>What the SUT shows for each kind of answer Spine gives.</summary>
public sealed partial class AcsClientTests
{
    [Test]
    public async Task GetPermissionsAsync_ViewNoStoreYes_ShowsBothWithDissentMessage()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Permissions(
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.View, AcsPermission.No),
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.Store, AcsPermission.Yes));

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Shown));
            Assert.That(shown.View, Is.EqualTo(AcsPermission.No));
            Assert.That(shown.Store, Is.EqualTo(AcsPermission.Yes));
            Assert.That(shown.Message, Does.Contain("Patient has dissented from sharing (View: No)"));
            Assert.That(shown.Message, Does.Contain("(Store: Yes)"));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_ViewYesOnly_ShowsStoreAsAsk()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Permissions(AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.View, AcsPermission.Yes));

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.View, Is.EqualTo(AcsPermission.Yes));
            Assert.That(shown.Store, Is.EqualTo(AcsPermission.Ask));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_NoAssertions_ShowsAskForBoth()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Permissions();

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Shown));
            Assert.That(shown.View, Is.EqualTo(AcsPermission.Ask));
            Assert.That(shown.Store, Is.EqualTo(AcsPermission.Ask));
            Assert.That(shown.Message, Does.Contain("ask the patient for permission"));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_AeAcknowledgement_ShowsSpineErrorTextAndNoDecision()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Error(
            new DetectedIssue("400", Hl7Constants.PsisDetectedIssueCodeSystem, "Invalid Request"),
            new DetectedIssue("35506", Hl7Constants.LrResponseCodeSystem, "Invalid input message. Mandatory field Resource Ctx missing or incorrect."));

        var shown = await env.Acs.GetPermissionsAsync("91928374650", CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.SpineError));
            Assert.That(shown.View, Is.EqualTo(AcsPermission.Ask));
            Assert.That(shown.Store, Is.EqualTo(AcsPermission.Ask));
            Assert.That(shown.Message, Does.Contain("(AE)"));
            Assert.That(shown.Message, Does.Contain("400 Invalid Request"));
            Assert.That(shown.Message, Does.Contain("35506 Invalid input message. Mandatory field Resource Ctx missing or incorrect."));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_SoapFaultWithHttp500_ShowsFaultDescription()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Fault(SoapFault.UnsupportedInteraction("urn:nhs:names:services:lrsquery/NOPE"));

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Fault));
            Assert.That(shown.Message, Does.Contain("The service/interaction is not supported for the requested URI"));
            Assert.That(shown.Message, Does.Contain("101"));
            Assert.That(shown.Message, Does.Contain("urn:nhs:names:services:lrsquery/NOPE"));
        }
    }
}
