using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.ReferenceSut.Tests.Support;
using SpineConformance.Validation;
using SpineConformance.Validation.Rules;

namespace SpineConformance.ReferenceSut.Tests.Spine;

/// <summary>What the SUT puts on the wire for a Get.</summary>
public sealed partial class AcsClientTests
{
    [Test]
    public async Task GetPermissionsAsync_AnyPatient_SendsUnquotedSoapActionEqualToWsaAction()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.SoapAction, Is.EqualTo("urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01"));
            Assert.That(sent.Message.Action, Is.EqualTo(sent.SoapAction));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_DefaultSyncPath_PostsTextXmlToSyncServiceNamedInWsaTo()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Path, Is.EqualTo("/sync-service"));
            Assert.That(sent.ContentType, Is.EqualTo("text/xml; charset=utf-8"));
            Assert.That(sent.Message.To, Is.EqualTo(new Uri(env.Spine.BaseAddress, "/sync-service").ToString()));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_ConfiguredSyncPath_PostsThereAndNamesItInWsaTo()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.SyncPath = "/syncservice-lrs/acf");

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.Path, Is.EqualTo("/syncservice-lrs/acf"));
            Assert.That(sent.Message.To, Does.EndWith("/syncservice-lrs/acf"));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_ConfiguredUser_SendsAuthorIdsFromOptions()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o =>
        {
            o.User.RoleProfileId = "555555555551";
            o.User.UserId = "555555555552";
            o.User.JobRole = "S0080:G0450:R5080";
            o.Rbac.JobRolesThatMayView = "R5080";
        });

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(sent.ControlActId(SdsRoleProfileId.Oid), Is.EqualTo("555555555551"));
            Assert.That(sent.ControlActId(SdsUserId.Oid), Is.EqualTo("555555555552"));
            Assert.That(sent.ControlActId(JobRoleCode.Oid), Is.EqualTo("S0080:G0450:R5080"));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_ConfiguredAsids_SendsThemInHeaderBodyAndAuthor1()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o =>
        {
            o.SenderAsid = "123456789012";
            o.SpineAsid = "210987654321";
        });

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        var message = env.Spine.Single.Message;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.HeaderSenderAsid, Is.EqualTo("123456789012"));
            Assert.That(message.BodySenderAsid, Is.EqualTo("123456789012"));
            Assert.That(message.HeaderReceiverAsid, Is.EqualTo("210987654321"));
            Assert.That(message.BodyReceiverAsid, Is.EqualTo("210987654321"));
            Assert.That(env.Spine.Single.Author1Asids, Is.EqualTo(new[] { "123456789012" }));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_IdSourceGivesLowerCaseGuids_SendsUpperCaseIds()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        var message = env.Spine.Single.Message;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(message.MessageId, Is.EqualTo("uuid:ABCDEF00-0000-4000-8000-000000000001"));
            Assert.That(message.Hl7Id, Is.EqualTo("ABCDEF00-0000-4000-8000-000000000002"));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_ClockInSummerTime_SendsCreationTimeInLondonTime()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        var creationTime = env.Spine.Single.Message.Interaction?.Element(Hl7.Xml.SpineNamespaces.Hl7 + "creationTime")?.Attribute("value")?.Value;
        Assert.That(creationTime, Is.EqualTo("20250601133000"));
    }

    [Test]
    public async Task GetPermissionsAsync_NhsNumberWithSurroundingSpaces_SendsItTrimmed()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.GetPermissionsAsync($"  {Some.NhsNumber}\t", CancellationToken.None);

        Assert.That(env.Spine.Single.RequestedNhsNumber, Is.EqualTo(Some.NhsNumber));
    }

    [Test]
    public async Task GetPermissionsAsync_NhsNumberFailingModulus11_SendsItForSpineToJudge()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.GetPermissionsAsync("91928374650", CancellationToken.None);

        Assert.That(env.Spine.Single.RequestedNhsNumber, Is.EqualTo("91928374650"));
    }

    [Test]
    public async Task GetPermissionsAsync_AnyPatient_SendsRequestSpineValidationAccepts()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        var sent = env.Spine.Single;
        var report = ValidationProfiles.Conformance(AcsInteractions.Get)!.Validate(new MessageUnderTest(sent.Message, sent.SoapAction, AcsInteractions.Get));
        Assert.That(report.Errors, Is.Empty, report.ToString());
    }
}
