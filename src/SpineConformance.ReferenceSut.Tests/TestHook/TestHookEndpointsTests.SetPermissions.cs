using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.TestHook;

/// <summary><c>POST /test-hook/acs/set-permissions</c>.</summary>
public sealed partial class TestHookEndpointsTests
{
    private const string SetPermissionsPath = "/test-hook/acs/set-permissions";

    [Test]
    public async Task SetPermissions_SpineAnswersAa_ReturnsRecordedAsCamelCaseJson()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync(SetPermissionsPath, new { nhsNumber = Some.NhsNumber, decision = "expressDissent" });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "outcome", "decision", "message" }));
            Assert.That(root.GetProperty("outcome").GetString(), Is.EqualTo("recorded"));
            Assert.That(root.GetProperty("decision").GetString(), Is.EqualTo("expressDissent"));
            Assert.That(root.GetProperty("message").GetString(), Does.StartWith("Express dissent recorded"));
            Assert.That(env.Spine.Single.SetPermissions.Assertions.Select(a => a.Permission), Is.EqualTo(new[] { "No", "No" }));
        }
    }

    [TestCase("expressConsent", "Yes")]
    [TestCase("askForConsent", "Clear")]
    [TestCase("ExpressConsent", "Yes")]
    public async Task SetPermissions_DecisionName_SendsItsAcsPermission(string decision, string permission)
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync(SetPermissionsPath, new { nhsNumber = Some.NhsNumber, decision });

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(env.Spine.Single.SetPermissions.Assertions.Select(a => a.Permission).Distinct(), Is.EqualTo(new[] { permission }));
        }
    }

    [Test]
    public async Task SetPermissions_SpineAnswersAe_ReturnsSpineErrorWithSpineText()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Error(new DetectedIssue("400", Hl7Constants.PsisDetectedIssueCodeSystem, "Invalid Request"));

        using var response = await env.Client.PostAsJsonAsync(SetPermissionsPath, new { nhsNumber = "123", decision = "expressConsent" });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.RootElement.GetProperty("outcome").GetString(), Is.EqualTo("spineError"));
            Assert.That(json.RootElement.GetProperty("decision").GetString(), Is.EqualTo("expressConsent"));
            Assert.That(json.RootElement.GetProperty("message").GetString(), Does.Contain("400 Invalid Request"));
        }
    }

    [TestCase("maybe")]
    [TestCase("1")]
    [TestCase("Yes")]
    public async Task SetPermissions_UnknownDecision_Returns400ListingAllowedValuesWithoutCallingSpine(string decision)
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync(SetPermissionsPath, new { nhsNumber = Some.NhsNumber, decision });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("application/problem+json"));
            Assert.That(
                json.RootElement.GetProperty("errors").GetProperty("decision")[0].GetString(),
                Is.EqualTo($"'{decision}' is not a decision; use one of expressConsent, expressDissent, askForConsent."));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task SetPermissions_NoNhsNumberAndNoDecision_Returns400NamingBoth()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync(SetPermissionsPath, new { });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(json.RootElement.GetProperty("title").GetString(), Is.EqualTo("The request has 2 problems."));
            Assert.That(errors.EnumerateObject().Select(p => p.Name), Is.EquivalentTo(new[] { "nhsNumber", "decision" }));
            Assert.That(errors.GetProperty("decision")[0].GetString(), Does.Contain("expressConsent, expressDissent, askForConsent"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task SetPermissions_ActingUserJobRoleMayNotChange_ReturnsRefusedWithoutCallingSpine()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync(SetPermissionsPath, new
        {
            nhsNumber = Some.NhsNumber,
            decision = "expressConsent",
            user = new { roleProfileId = ActingUsers.RoleProfileId, userId = ActingUsers.UserId, jobRole = "R9999" },
        });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(json.RootElement.GetProperty("outcome").GetString(), Is.EqualTo("refused"));
            Assert.That(json.RootElement.GetProperty("message").GetString(), Does.Contain("job role R9999 may not change sharing permissions"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task SetPermissions_ActingUserMayChange_SendsItsIdsInAuthor()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync(SetPermissionsPath, new
        {
            nhsNumber = Some.NhsNumber,
            decision = "askForConsent",
            user = new { roleProfileId = ActingUsers.RoleProfileId, userId = ActingUsers.UserId, jobRole = "R0260" },
        });

        var sent = env.Spine.Single;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(sent.ControlActId(SdsRoleProfileId.Oid), Is.EqualTo(ActingUsers.RoleProfileId));
            Assert.That(sent.ControlActId(SdsUserId.Oid), Is.EqualTo(ActingUsers.UserId));
            Assert.That(sent.ControlActId(JobRoleCode.Oid), Is.EqualTo("R0260"));
        }
    }

    [Test]
    public async Task SetPermissions_ActingUserWithBadIds_Returns400NamingEachFieldWithoutCallingSpine()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync(SetPermissionsPath, new
        {
            nhsNumber = Some.NhsNumber,
            decision = "expressConsent",
            user = new { roleProfileId = "1", userId = "", jobRole = "Doctor" },
        });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var errors = json.RootElement.GetProperty("errors");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(errors.GetProperty("user.roleProfileId")[0].GetString(), Is.EqualTo("An SDS role profile id '1' must have 12 digits; it has 1."));
            Assert.That(errors.GetProperty("user.userId")[0].GetString(), Is.EqualTo("An SDS user id is required but the value was empty."));
            Assert.That(errors.GetProperty("user.jobRole")[0].GetString(), Does.Contain("'Doctor' is not"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }
}
