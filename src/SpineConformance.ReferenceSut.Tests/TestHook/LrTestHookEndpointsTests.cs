using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpineConformance.Hl7.Lr;
using SpineConformance.ReferenceSut.Tests.Mhs;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.TestHook;

/// <summary><c>/test-hook/lr/…</c> and <c>/test-hook/mhs/…</c>: the JSON contract the suite's driver relies on.</summary>
public sealed class LrTestHookEndpointsTests
{
    private static readonly object SelfClaimed = new { nhsNumber = Some.NhsNumber, lrType = "08", accessReason = "18", justification = "In clinic", alert = true };

    [Test]
    public async Task Create_SpineAccepts_ReturnsAcceptedThenOutcomeCreatedOnceReplyArrives()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var created = await env.Client.PostAsJsonAsync("/test-hook/lr/create", SelfClaimed);
        using var json = await Json(created);
        var conversationId = json.RootElement.GetProperty("conversationId").GetString();
        using var pending = await Json(await env.Client.GetAsync($"/test-hook/lr/outcomes/{conversationId}"));

        // The wait starts before the reply is posted, so it must be woken by the reply rather than find it already there.
        var waiting = env.Client.GetAsync($"/test-hook/lr/outcomes/{conversationId}?waitSeconds=30");
        using var _ = await env.PostInboundAsync(MhsInboundTests.Created(env.Spine.Single));
        using var done = await Json(await waiting);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(created.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(json.RootElement.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "outcome", "conversationId", "messageId", "message" }));
            Assert.That(json.RootElement.GetProperty("outcome").GetString(), Is.EqualTo("accepted"));
            Assert.That(conversationId, Is.EqualTo(env.Spine.Single.Ebxml.Message.Header.ConversationId));
            Assert.That(pending.RootElement.GetProperty("outcome").GetString(), Is.EqualTo("pending"));
            Assert.That(done.RootElement.GetProperty("outcome").GetString(), Is.EqualTo("created"));
            Assert.That(done.RootElement.GetProperty("lrId").GetString(), Is.EqualTo(LrInputs.LrId));
            Assert.That(done.RootElement.GetProperty("interaction").GetString(), Is.EqualTo("REPC_IN010000UK15"));
        }
    }

    [Test]
    public async Task Create_SentPayload_CarriesTypeReasonAlertUserSubjectAndAuthor()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var _ = await env.Client.PostAsJsonAsync("/test-hook/lr/create", SelfClaimed);

        var hl7 = env.Spine.Single.Hl7;
        var v3 = Hl7.Xml.SpineNamespaces.Hl7;
        var payload = hl7.Descendants(v3 + "CreateRequest").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(hl7.Name.LocalName, Is.EqualTo("REPC_IN010000UK15"));
            Assert.That(hl7.Element(v3 + "interactionId")?.Attribute("extension")?.Value, Is.EqualTo("REPC_IN010000UK15"));
            Assert.That(payload.Element(v3 + "reasonCode")?.Attribute("code")?.Value, Is.EqualTo("08"));
            Assert.That(payload.Element(v3 + "recordTarget")?.Descendants(v3 + "id").Single().Attribute("extension")?.Value, Is.EqualTo(Some.NhsNumber));
            Assert.That(payload.Element(v3 + "subject")?.Descendants(v3 + "id").Select(i => i.Attribute("extension")?.Value),
                Is.EquivalentTo(new[] { "100000000001", "100000000002" }));
            Assert.That(payload.Element(v3 + "author")?.Descendants(v3 + "id").Select(i => i.Attribute("extension")?.Value),
                Is.SupersetOf(new[] { "100000000001", "100000000002" }));
            Assert.That(payload.Descendants(v3 + "pertinentLRReason").Single().Element(v3 + "reasonCode")?.Attribute("code")?.Value, Is.EqualTo("18"));
            Assert.That(payload.Descendants(v3 + "justifyingAlertRequest").Single().Element(v3 + "code")?.Attribute("code")?.Value, Is.EqualTo("True"));
            Assert.That(hl7.Descendants(v3 + "ControlActEvent").Single().Element(v3 + "author"), Is.Not.Null);
        }
    }

    [Test]
    public async Task Create_WorkgroupSubject_SendsAgentOrgSds()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var _ = await env.Client.PostAsJsonAsync("/test-hook/lr/create", new { nhsNumber = Some.NhsNumber, lrType = "09", workgroupId = "WG0001" });

        var subject = env.Spine.Single.Hl7.Descendants(Hl7.Xml.SpineNamespaces.Hl7 + "CreateRequest").Single().Element(Hl7.Xml.SpineNamespaces.Hl7 + "subject");
        Assert.That(subject?.Descendants(Hl7.Xml.SpineNamespaces.Hl7 + "id").Select(i => (i.Attribute("root")?.Value, i.Attribute("extension")?.Value)),
            Is.EqualTo(new[] { ((string?)LrIdentifiers.WorkgroupRoot, (string?)"WG0001") }));
    }

    [Test]
    public async Task Create_SeveralProblems_Returns400ListingEachWithoutSending()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync("/test-hook/lr/create", new { lrType = "99", accessReason = "06" });

        using var json = await Json(response);
        var errors = json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToList();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors, Is.EquivalentTo(new[] { "nhsNumber", "lrType", "justification" }));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task Create_SelfClaimedWithoutAccessReason_Returns400()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync("/test-hook/lr/create", new { nhsNumber = Some.NhsNumber, lrType = "08" });

        using var json = await Json(response);
        Assert.That(json.RootElement.GetProperty("errors").TryGetProperty("accessReason", out _), Is.True);
    }

    [Test]
    public async Task Create_ActingUserMayNotManageLrs_ReturnsRefusedAndSendsNothing()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync("/test-hook/lr/create", new
        {
            nhsNumber = Some.NhsNumber, lrType = "08", accessReason = "18",
            user = new { roleProfileId = ActingUsers.RoleProfileId, userId = ActingUsers.UserId, jobRole = "R9999" },
        });

        using var json = await Json(response);
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.RootElement.GetProperty("outcome").GetString(), Is.EqualTo("refused"));
            Assert.That(json.RootElement.GetProperty("message").GetString(), Does.Contain("may not manage legitimate relationships"));
            Assert.That(json.RootElement.GetProperty("conversationId").ValueKind, Is.EqualTo(JsonValueKind.Null));
            Assert.That(env.Spine.Received, Is.Empty);
            Assert.That(env.Sent.Attempts(), Is.Empty);
        }
    }

    [Test]
    public async Task StatusChange_SpineConfirms_OutcomeStatusChanged()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync("/test-hook/lr/status-change", new { nhsNumber = Some.NhsNumber, lrId = LrInputs.LrId, reason = "11" });
        using var json = await Json(response);
        var request = env.Spine.Single;
        using var _ = await env.PostInboundAsync(MhsReplies.ReplyTo(request.Ebxml.Message.Header, "REPC_IN050000UK13",
            LrMessages.ConfirmStatusChange(SutWithFakeSpine.ResponseContextFor(request), LrInputs.LrId)));
        using var outcome = await Json(await env.Client.GetAsync($"/test-hook/lr/outcomes/{json.RootElement.GetProperty("conversationId").GetString()}?waitSeconds=10"));

        var payload = request.Hl7.Descendants(Hl7.Xml.SpineNamespaces.Hl7 + "SCRequest").Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Ebxml.Message.Header.Action, Is.EqualTo("REPC_IN040000UK15"));
            Assert.That(payload.Element(Hl7.Xml.SpineNamespaces.Hl7 + "reasonCode")?.Attribute("code")?.Value, Is.EqualTo("11"));
            Assert.That(payload.Descendants(Hl7.Xml.SpineNamespaces.Hl7 + "id").Any(i => i.Attribute("extension")?.Value == LrInputs.LrId), Is.True);
            Assert.That(outcome.RootElement.GetProperty("outcome").GetString(), Is.EqualTo("statusChanged"));
            Assert.That(outcome.RootElement.GetProperty("lrId").GetString(), Is.EqualTo(LrInputs.LrId));
        }
    }

    [Test]
    public async Task StatusChange_RetiredReason_Returns400()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync("/test-hook/lr/status-change", new { nhsNumber = Some.NhsNumber, lrId = LrInputs.LrId, reason = "03" });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [TestCase("/test-hook/lr/workgroup/add", "REPC_IN130003UK01", true, "alreadyAMember")]
    [TestCase("/test-hook/lr/workgroup/add", "REPC_IN130003UK01", false, "added")]
    [TestCase("/test-hook/lr/workgroup/remove", "REPC_IN130005UK01", true, "wasNotAMember")]
    [TestCase("/test-hook/lr/workgroup/remove", "REPC_IN130005UK01", false, "removed")]
    public async Task WorkgroupMembership_SpineResponds_OutcomeFollowsFlag(string path, string responseId, bool flag, string expected)
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync(path, new { memberRoleProfileId = "300000000001", memberUserId = "300000000002", workgroupId = "WG0001" });
        using var json = await Json(response);
        var request = env.Spine.Single;
        var context = SutWithFakeSpine.ResponseContextFor(request);
        var hl7 = path.EndsWith("add", StringComparison.Ordinal)
            ? LrMessages.AddUserToWorkgroupResponse(context, WorkgroupMembershipResponse.Added("300000000001", flag))
            : LrMessages.RemoveUserFromWorkgroupResponse(context, WorkgroupMembershipResponse.Removed("300000000001", flag));
        using var _ = await env.PostInboundAsync(MhsReplies.ReplyTo(request.Ebxml.Message.Header, responseId, hl7));
        using var outcome = await Json(await env.Client.GetAsync($"/test-hook/lr/outcomes/{json.RootElement.GetProperty("conversationId").GetString()}?waitSeconds=10"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(request.Ebxml.Message.Header.Service, Is.EqualTo("urn:nhs:names:services:sds"));
            Assert.That(outcome.RootElement.GetProperty("outcome").GetString(), Is.EqualTo(expected));
        }
    }

    [Test]
    public async Task Outcome_UnknownConversation_Returns404ProblemDetails()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.GetAsync("/test-hook/lr/outcomes/00000000-0000-0000-0000-000000000000");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.NotFound));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
        }
    }

    [Test]
    public async Task Outcome_WaitExpiresWithoutReply_ReturnsPending()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        using var created = await Json(await env.Client.PostAsJsonAsync("/test-hook/lr/create", SelfClaimed));

        var waiting = env.Client.GetAsync($"/test-hook/lr/outcomes/{created.RootElement.GetProperty("conversationId").GetString()}?waitSeconds=5");
        while (!waiting.IsCompleted)
        {
            // The wait runs on the SUT's fake clock; advancing it is what expires the wait.
            env.Clock.Advance(TimeSpan.FromSeconds(5));
            await Task.WhenAny(waiting, Task.Delay(20));
        }

        using var outcome = await Json(await waiting);
        Assert.That(outcome.RootElement.GetProperty("outcome").GetString(), Is.EqualTo("pending"));
    }

    [Test]
    public async Task MhsSentAndReceived_AfterExchange_ListAttemptsAndReplies()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        using var _ = await env.Client.PostAsJsonAsync("/test-hook/lr/create", SelfClaimed);
        var reply = MhsInboundTests.Created(env.Spine.Single);
        using var __ = await env.PostInboundAsync(reply);

        using var sent = await Json(await env.Client.GetAsync("/test-hook/mhs/sent"));
        using var received = await Json(await env.Client.GetAsync("/test-hook/mhs/received"));

        var attempt = sent.RootElement.GetProperty("attempts").EnumerateArray().Single();
        var message = received.RootElement.GetProperty("messages").EnumerateArray().Single();
        using (Assert.EnterMultipleScope())
        {
            Assert.That(attempt.GetProperty("messageId").GetString(), Is.EqualTo(reply.Header.RefToMessageId));
            Assert.That(attempt.GetProperty("attempt").GetInt32(), Is.EqualTo(1));
            Assert.That(attempt.GetProperty("httpStatus").GetInt32(), Is.EqualTo(202));
            Assert.That(attempt.GetProperty("answer").GetString(), Is.EqualTo("accepted"));
            Assert.That(message.GetProperty("messageId").GetString(), Is.EqualTo(reply.Header.MessageId));
            Assert.That(message.GetProperty("refToMessageId").GetString(), Is.EqualTo(reply.Header.RefToMessageId));
            Assert.That(message.GetProperty("conversationId").GetString(), Is.EqualTo(reply.Header.ConversationId));
            Assert.That(message.GetProperty("interaction").GetString(), Is.EqualTo("REPC_IN020000UK13"));
            Assert.That(message.GetProperty("duplicate").GetBoolean(), Is.False);
            Assert.That(message.GetProperty("correlated").GetBoolean(), Is.True);
        }
    }

    private static async Task<JsonDocument> Json(HttpResponseMessage response) => JsonDocument.Parse(await response.Content.ReadAsStringAsync());
}
