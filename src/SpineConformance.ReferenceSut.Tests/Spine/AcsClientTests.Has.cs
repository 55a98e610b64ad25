using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;
using SpineConformance.Validation;
using SpineConformance.Validation.Rules;

namespace SpineConformance.ReferenceSut.Tests.Spine;

/// <summary>Checking whether permission exists (Has): what goes out and what is shown per function.</summary>
public sealed partial class AcsClientTests
{
    [Test]
    public async Task HasPermissionsAsync_AnyPatient_AsksAboutViewAndStoreForEveryone()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.HasPermissionsAsync($"{Some.NhsNumber} ", CancellationToken.None);

        var sent = env.Spine.Single;
        var query = sent.HasQuery;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.SoapAction, Is.EqualTo("urn:nhs:names:services:lrsquery/HAS_RESOURCE_PERMISSIONS_INUK01"));
            Assert.That(sent.Message.Action, Is.EqualTo(sent.SoapAction));
            Assert.That(query.NhsNumber, Is.EqualTo(Some.NhsNumber));
            Assert.That(query.ResourceContextRoot, Is.EqualTo(NhsNumber.Oid));
            Assert.That(query.Sets.Select(s => s.FunctionCode), Is.EqualTo(new[] { "View", "Store" }));
            Assert.That(query.Sets.Select(s => s.ResourceId).Distinct(), Is.EqualTo(new[] { Some.NhsNumber }));
            Assert.That(query.Sets.Select(s => s.AccessorName).Distinct(), Is.EqualTo(new[] { "Everyone" }));
        }
    }

    [Test]
    public async Task HasPermissionsAsync_AnyPatient_SendsRequestConformanceValidationAccepts()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.HasPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        var sent = env.Spine.Single;
        var report = ValidationProfiles.Conformance(AcsInteractions.Has)!.Validate(new MessageUnderTest(sent.Message, sent.SoapAction, AcsInteractions.Has));
        Assert.That(report.Errors, Is.Empty, report.ToString());
    }

    [TestCase(AcsPermission.Yes, AcsPermission.Ask)]
    [TestCase(AcsPermission.No, AcsPermission.Yes)]
    [TestCase(AcsPermission.Ask, AcsPermission.No)]
    public async Task HasPermissionsAsync_SpineAnswersPerFunction_ShowsEachAnswer(AcsPermission view, AcsPermission store)
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Permissions(
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.View, view),
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.Store, store));

        var shown = await env.Acs.HasPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Shown));
            Assert.That(shown.View, Is.EqualTo(view));
            Assert.That(shown.Store, Is.EqualTo(store));
            Assert.That(shown.Message, Does.Contain($"(View: {view})").And.Contain($"(Store: {store})"));
        }
    }

    [Test]
    public async Task HasPermissionsAsync_AeAcknowledgement_ShowsSpineErrorAndAsk()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Error(new DetectedIssue("400", Hl7Constants.PsisDetectedIssueCodeSystem, "Invalid Request"));

        var shown = await env.Acs.HasPermissionsAsync("123", CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.SpineError));
            Assert.That(shown.View, Is.EqualTo(AcsPermission.Ask));
            Assert.That(shown.Message, Does.Contain("(AE): 400 Invalid Request"));
        }
    }

    [Test]
    public async Task HasPermissionsAsync_SoapFault_ShowsFault()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Fault(SoapFault.UnsupportedInteraction("urn:nhs:names:services:lrsquery/NOPE"));

        var shown = await env.Acs.HasPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Fault));
    }

    [Test]
    public async Task HasPermissionsAsync_SpineUnreachable_ShowsFailed()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.SpineBaseUrl = ClosedPort.LoopbackUrl());

        var shown = await env.Acs.HasPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Failed));
            Assert.That(shown.Message, Does.StartWith("Could not reach Spine"));
        }
    }
}
