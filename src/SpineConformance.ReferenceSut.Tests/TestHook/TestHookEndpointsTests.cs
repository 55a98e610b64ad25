using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.TestHook;

/// <summary><c>POST /test-hook/acs/get-permissions</c> and the health check.</summary>
public sealed partial class TestHookEndpointsTests
{
    [Test]
    public async Task GetPermissions_ViewNo_ReturnsCamelCaseJsonWithAcsSpelling()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Permissions(AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.View, AcsPermission.No));

        using var response = await env.Client.PostAsJsonAsync("/test-hook/acs/get-permissions", new { nhsNumber = Some.NhsNumber });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "outcome", "view", "store", "message" }));
            Assert.That(root.GetProperty("outcome").GetString(), Is.EqualTo("shown"));
            Assert.That(root.GetProperty("view").GetString(), Is.EqualTo("No"));
            Assert.That(root.GetProperty("store").GetString(), Is.EqualTo("Ask"));
            Assert.That(root.GetProperty("message").GetString(), Does.Contain("Patient has dissented from sharing (View: No)"));
            Assert.That(env.Spine.Single.RequestedNhsNumber, Is.EqualTo(Some.NhsNumber));
        }
    }

    [Test]
    public async Task GetPermissions_SpineRejects_ReturnsOutcomeSpineErrorWithSpineText()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Error(new DetectedIssue("400", Hl7Constants.PsisDetectedIssueCodeSystem, "Invalid Request"));

        using var response = await env.Client.PostAsJsonAsync("/test-hook/acs/get-permissions", new { nhsNumber = "123" });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.RootElement.GetProperty("outcome").GetString(), Is.EqualTo("spineError"));
            Assert.That(json.RootElement.GetProperty("message").GetString(), Does.Contain("400 Invalid Request"));
        }
    }

    [Test]
    public async Task GetPermissions_NoNhsNumber_Returns400ProblemDetailsWithoutCallingSpine()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync("/test-hook/acs/get-permissions", new { });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(json.RootElement.GetProperty("title").GetString(), Is.EqualTo("An NHS number is required."));
            Assert.That(json.RootElement.GetProperty("errors").TryGetProperty("nhsNumber", out _), Is.True);
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task GetPermissions_ActingUserJobRoleMayNotView_ReturnsRefusedWithoutCallingSpine()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync("/test-hook/acs/get-permissions", new
        {
            nhsNumber = Some.NhsNumber,
            user = new { roleProfileId = ActingUsers.RoleProfileId, userId = ActingUsers.UserId, jobRole = "R9999" },
        });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "outcome", "view", "store", "message" }));
            Assert.That(root.GetProperty("outcome").GetString(), Is.EqualTo("refused"));
            Assert.That(root.GetProperty("store").GetString(), Is.EqualTo("Ask"));
            Assert.That(root.GetProperty("message").GetString(), Does.Contain("job role R9999 may not view sharing permissions"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task GetPermissions_ActingUserMayView_SendsItsIdsInAuthor()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync("/test-hook/acs/get-permissions", new
        {
            nhsNumber = Some.NhsNumber,
            user = new { roleProfileId = ActingUsers.RoleProfileId, userId = ActingUsers.UserId, jobRole = "R8003" },
        });

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(sent.ControlActId(SdsRoleProfileId.Oid), Is.EqualTo(ActingUsers.RoleProfileId));
            Assert.That(sent.ControlActId(SdsUserId.Oid), Is.EqualTo(ActingUsers.UserId));
            Assert.That(sent.ControlActId(JobRoleCode.Oid), Is.EqualTo("R8003"));
        }
    }

    [Test]
    public async Task GetPermissions_ActingUserMissingJobRole_Returns400NamingTheFieldWithoutCallingSpine()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync("/test-hook/acs/get-permissions", new
        {
            nhsNumber = Some.NhsNumber,
            user = new { roleProfileId = ActingUsers.RoleProfileId, userId = ActingUsers.UserId },
        });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(json.RootElement.GetProperty("title").GetString(), Is.EqualTo("The acting user is not valid."));
            Assert.That(json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "user.jobRole" }));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task GetPermissions_BodyNotJson_Returns400ProblemDetails()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        using var content = new StringContent("nhsNumber=9434765919", Encoding.UTF8, "application/json");

        using var response = await env.Client.PostAsync("/test-hook/acs/get-permissions", content);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task Health_SutRunning_Returns200()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.GetAsync("/test-hook/health");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("""{"status":"healthy"}"""));
        }
    }
}
