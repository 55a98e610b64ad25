using SpineConformance.Hl7.Acs;
using SpineConformance.ReferenceSut.Spine;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Spine;

/// <summary>No usable answer: the SUT tells the user what went wrong and never throws.</summary>
public sealed partial class AcsClientTests
{
    [Test]
    public async Task GetPermissionsAsync_SpineUnreachable_ReportsFailureNamingTheAddress()
    {
        var closed = ClosedPort.LoopbackUrl();
        await using var env = await SutWithFakeSpine.StartAsync(o => o.SpineBaseUrl = closed);

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Failed));
            Assert.That(shown.View, Is.EqualTo(AcsPermission.Ask));
            Assert.That(shown.Message, Does.StartWith($"Could not reach Spine at {closed}/sync-service"));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_Http404_ReportsFailureNamingTheStatus()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Raw(404, "no such path");

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Failed));
            Assert.That(shown.Message, Does.Contain("HTTP 404"));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_Http200NotXml_ReportsUnreadableAnswer()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Raw(200, "this is not XML");

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Failed));
            Assert.That(shown.Message, Does.StartWith("Spine's answer could not be read"));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_AnswerOverSizeLimit_ReportsFailureWithoutReadingIt()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Raw(200, new string('x', 5 * 1024 * 1024));

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Failed));
            Assert.That(shown.Message, Does.Contain("gave no usable answer"));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_Http500WithoutFault_ReportsFailure()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Raw(500, "Internal Server Error");

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Failed));
            Assert.That(shown.Message, Does.Contain("HTTP 500 without a SOAP fault"));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_SpineSlowerThanTimeout_ReportsTimeout()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.SpineTimeout = TimeSpan.FromMilliseconds(300));
        env.Spine.Delay = TimeSpan.FromSeconds(30);

        var shown = await env.Acs.GetPermissionsAsync(Some.NhsNumber, CancellationToken.None);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(shown.Outcome, Is.EqualTo(PermissionsOutcome.Failed));
            Assert.That(shown.Message, Does.Contain("did not answer within 0.3 seconds"));
        }
    }

    [Test]
    public async Task GetPermissionsAsync_CallerCancels_ThrowsOperationCanceled()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Delay = TimeSpan.FromSeconds(30);
        using var cancellation = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        Assert.That(
            async () => await env.Acs.GetPermissionsAsync(Some.NhsNumber, cancellation.Token),
            Throws.InstanceOf<OperationCanceledException>());
    }
}
