using System.Net;
using SpineConformance.Hl7.Lr;
using SpineConformance.Hl7.Xml;
using SpineConformance.ReferenceSut.Tests.Mhs;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Web;

/// <summary>The asynchronous forms: the page sends the request, waits for Spine's reply, and shows the business outcome.</summary>
public sealed partial class LrPagesTests
{
    private static readonly (string, string)[] SelfClaimed =
        [("nhsNumber", Some.NhsNumber), ("lrType", "08"), ("accessReason", "18"), ("justification", "Patient in clinic"), ("alert", "true")];

    [Test]
    public async Task Create_SpineConfirms_ShowsCreatedWithLrIdAndConversation()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var html = await PostAndReplyAsync(env, "/lr/create", MhsInboundTests.Created, SelfClaimed);

        var request = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Text(html, "lr-outcome"), Is.EqualTo("created"));
            Assert.That(Text(html, "lr-id"), Is.EqualTo(LrInputs.LrId));
            Assert.That(Text(html, "lr-conversation-id"), Is.EqualTo(request.Ebxml.Message.Header.ConversationId));
            Assert.That(Text(html, "lr-message"), Is.EqualTo($"Legitimate relationship {LrInputs.LrId} created."));
            Assert.That(html, Does.Not.Contain("lr-outcome-link"));
            Assert.That(html, Does.Contain($"""<input id="lr-nhs-number" name="nhsNumber" type="text" autocomplete="off" value="{Some.NhsNumber}">"""));
        }
    }

    [Test]
    public async Task Create_SelfClaimedWithAlert_SendsTypeReasonJustificationAlertAndPatient()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        await PostAndReplyAsync(env, "/lr/create", MhsInboundTests.Created, SelfClaimed);

        var v3 = SpineNamespaces.Hl7;
        var hl7 = env.Spine.Single.Hl7;
        var payload = hl7.Descendants(v3 + "CreateRequest").Single();
        var reason = payload.Descendants(v3 + "pertinentLRReason").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(hl7.Name.LocalName, Is.EqualTo("REPC_IN010000UK15"));
            Assert.That(payload.Element(v3 + "reasonCode")?.Attribute("code")?.Value, Is.EqualTo("08"));
            Assert.That(payload.Element(v3 + "recordTarget")?.Descendants(v3 + "id").Single().Attribute("extension")?.Value, Is.EqualTo(Some.NhsNumber));
            Assert.That(reason.Element(v3 + "reasonCode")?.Attribute("code")?.Value, Is.EqualTo("18"));
            Assert.That(reason.Descendants(v3 + "text").Single().Value, Is.EqualTo("Patient in clinic"));
            Assert.That(payload.Descendants(v3 + "justifyingAlertRequest").Single().Element(v3 + "code")?.Attribute("code")?.Value, Is.EqualTo("True"));
        }
    }

    [Test]
    public async Task Create_AlertUntickedAndSpineSendsMessageError_SendsNoAlertAndShowsFailedAtOnce()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.MhsReply = MhsReplies.MessageError();

        var (status, html) = await PostAsync(env, "/lr/create", ("nhsNumber", Some.NhsNumber), ("lrType", "09"), ("workgroupId", "WG0001"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Text(html, "lr-outcome"), Is.EqualTo("failed"));
            Assert.That(html, Does.Contain("""<p id="lr-message" class="error">"""));
            Assert.That(Text(html, "lr-conversation-id"), Is.EqualTo(env.Spine.Single.Ebxml.Message.Header.ConversationId));
            Assert.That(html, Does.Not.Contain("""id="lr-id"""));
            Assert.That(env.Spine.Single.Hl7.Descendants(SpineNamespaces.Hl7 + "justifyingAlertRequest"), Is.Empty);
        }
    }

    [Test]
    public async Task StatusChange_SpineConfirms_ShowsStatusChangedAndSendsReason()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var html = await PostAndReplyAsync(env, "/lr/status-change",
            request => MhsReplies.ReplyTo(request.Ebxml.Message.Header, "REPC_IN050000UK13",
                LrMessages.ConfirmStatusChange(SutWithFakeSpine.ResponseContextFor(request), LrInputs.LrId)),
            ("nhsNumber", Some.NhsNumber), ("lrId", LrInputs.LrId), ("reason", "11"));

        var payload = env.Spine.Single.Hl7.Descendants(SpineNamespaces.Hl7 + "SCRequest").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Text(html, "lr-outcome"), Is.EqualTo("statusChanged"));
            Assert.That(Text(html, "lr-id"), Is.EqualTo(LrInputs.LrId));
            Assert.That(env.Spine.Single.Ebxml.Message.Header.Action, Is.EqualTo("REPC_IN040000UK15"));
            Assert.That(payload.Element(SpineNamespaces.Hl7 + "reasonCode")?.Attribute("code")?.Value, Is.EqualTo("11"));
            Assert.That(html, Does.Contain("""<option value="11" selected>11 Referral discharge</option>"""));
        }
    }

    [TestCase("/lr/workgroup/add", "REPC_IN130003UK01", false, "added")]
    [TestCase("/lr/workgroup/add", "REPC_IN130003UK01", true, "alreadyAMember")]
    [TestCase("/lr/workgroup/remove", "REPC_IN130005UK01", false, "removed")]
    [TestCase("/lr/workgroup/remove", "REPC_IN130005UK01", true, "wasNotAMember")]
    public async Task WorkgroupMembership_SpineResponds_ShowsOutcomeOfTheFlag(string path, string responseId, bool flag, string expected)
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var html = await PostAndReplyAsync(env, path,
            request =>
            {
                var context = SutWithFakeSpine.ResponseContextFor(request);
                var hl7 = path.EndsWith("add", StringComparison.Ordinal)
                    ? LrMessages.AddUserToWorkgroupResponse(context, WorkgroupMembershipResponse.Added("300000000001", flag))
                    : LrMessages.RemoveUserFromWorkgroupResponse(context, WorkgroupMembershipResponse.Removed("300000000001", flag));
                return MhsReplies.ReplyTo(request.Ebxml.Message.Header, responseId, hl7);
            },
            ("memberRoleProfileId", "300000000001"), ("memberUserId", "300000000002"), ("workgroupId", "WG0001"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Text(html, "lr-outcome"), Is.EqualTo(expected));
            Assert.That(env.Spine.Single.Ebxml.Message.Header.Service, Is.EqualTo("urn:nhs:names:services:sds"));
            Assert.That(html, Does.Contain("""<input id="wg-id" name="workgroupId" type="text" autocomplete="off" value="WG0001">"""));
        }
    }

    [Test]
    public async Task Create_NoReplyWithinTheWait_ShowsPendingWithLinkThatLaterShowsCreated()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var posting = PostAsync(env, "/lr/create", SelfClaimed);
        await env.WaitForAttemptsAsync(1);
        while (!posting.IsCompleted)
        {
            // The page waits on the SUT's fake clock; advancing it is what ends the wait.
            env.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAny(posting, Task.Delay(20));
        }

        var (_, pending) = await posting;
        var conversationId = env.Spine.Single.Ebxml.Message.Header.ConversationId;
        var stillPending = await env.Client.GetStringAsync($"/lr/outcomes/{conversationId}");
        using var delivered = await env.PostInboundAsync(MhsInboundTests.Created(env.Spine.Single));
        var arrived = await env.Client.GetStringAsync($"/lr/outcomes/{conversationId}");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Text(pending, "lr-outcome"), Is.EqualTo("pending"));
            Assert.That(Text(pending, "lr-conversation-id"), Is.EqualTo(conversationId));
            Assert.That(pending, Does.Contain($"""<a id="lr-outcome-link" href="/lr/outcomes/{conversationId}">"""));
            Assert.That(Text(stillPending, "lr-outcome"), Is.EqualTo("pending"));
            Assert.That(Text(arrived, "lr-outcome"), Is.EqualTo("created"));
            Assert.That(Text(arrived, "lr-id"), Is.EqualTo(LrInputs.LrId));
            Assert.That(arrived, Does.Not.Contain("lr-outcome-link"));
        }
    }

    [Test]
    public async Task Outcome_UnknownConversation_Returns404PageSayingSo()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.GetAsync("/lr/outcomes/%3Cb%3Enone");
        var html = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(Text(html, "lr-message"), Is.EqualTo("The SUT sent no asynchronous LR request with ConversationId &#x27;&lt;b&gt;none&#x27;."));
            Assert.That(html, Does.Not.Contain("<b>"));
        }
    }
}
