using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Spine;

/// <summary>What the SUT shows after a Set: it claims the decision is recorded only when Spine answers AA.</summary>
public sealed partial class AcsClientTests
{
    [Test]
    public async Task RecordDecisionAsync_SpineAnswersAa_ShowsRecorded()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Recorded();

        var shown = await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressDissent, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(SetDecisionOutcome.Recorded));
            Assert.That(shown.Decision, Is.EqualTo(SharingDecision.ExpressDissent));
            Assert.That(shown.Message, Is.EqualTo("Express dissent recorded: Spine holds View No and Store No; the SCR will not be shared."));
        }
    }

    [Test]
    public async Task RecordDecisionAsync_SpineAnswersAe_ShowsSpineErrorWithSpineText()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Error(
            new DetectedIssue("400", Hl7Constants.PsisDetectedIssueCodeSystem, "Invalid Request"),
            new DetectedIssue("35160", Hl7Constants.PsisDetectedIssueCodeSystem, "[PSIS-35160] - Invalid input message. Mandatory field NHS Number is missing or incorrect"));

        var shown = await env.Acs.RecordDecisionAsync("123", SharingDecision.ExpressConsent, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(SetDecisionOutcome.SpineError));
            Assert.That(shown.Message, Does.Contain("(AE): 400 Invalid Request; 35160 [PSIS-35160] - Invalid input message. Mandatory field NHS Number is missing or incorrect"));
            Assert.That(shown.Message, Does.EndWith("The decision was not recorded."));
        }
    }

    [Test]
    public async Task RecordDecisionAsync_SpineAnswersAr_ShowsSpineErrorNotRecorded()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Acknowledgement(AcknowledgementType.AR, new DetectedIssue("502", Hl7Constants.PsisDetectedIssueCodeSystem, "Service Not Available"));

        var shown = await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(SetDecisionOutcome.SpineError));
            Assert.That(shown.Message, Does.Contain("(AR): 502 Service Not Available"));
        }
    }

    [Test]
    public async Task RecordDecisionAsync_SoapFault_ShowsFault()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Fault(SoapFault.UnsupportedInteraction("urn:nhs:names:services:lrs/NOPE"));

        var shown = await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(SetDecisionOutcome.Fault));
            Assert.That(shown.Message, Does.Contain("The service/interaction is not supported for the requested URI"));
            Assert.That(shown.Message, Does.EndWith("The decision was not recorded."));
        }
    }

    [Test]
    public async Task RecordDecisionAsync_SpineUnreachable_ShowsFailedAndDecisionUnconfirmed()
    {
        var closed = ClosedPort.LoopbackUrl();
        await using var env = await SutWithFakeSpine.StartAsync(o => o.SpineBaseUrl = closed);

        var shown = await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(SetDecisionOutcome.Failed));
            Assert.That(shown.Message, Does.StartWith($"Could not reach Spine at {closed}/sync-service"));
            Assert.That(shown.Message, Does.Contain("may not be recorded"));
        }
    }

    [Test]
    public async Task RecordDecisionAsync_SpineAnswersWithPermissionsInsteadOfAcknowledgement_ShowsFailed()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Permissions();

        var shown = await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(SetDecisionOutcome.Failed));
            Assert.That(shown.Message, Does.Contain("not an acknowledgement"));
        }
    }

    [Test]
    public async Task RecordDecisionAsync_Http500WithoutFault_ShowsFailed()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Raw(500, "Internal Server Error");

        var shown = await env.Acs.RecordDecisionAsync(Some.NhsNumber, SharingDecision.ExpressConsent, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(SetDecisionOutcome.Failed));
            Assert.That(shown.Message, Does.Contain("HTTP 500 without a SOAP fault"));
        }
    }
}
