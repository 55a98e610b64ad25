using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SpineConformance.Hl7.Acs;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.TestHook;

/// <summary><c>POST /test-hook/acs/has-permissions</c>.</summary>
public sealed partial class TestHookEndpointsTests
{
    private const string HasPermissionsPath = "/test-hook/acs/has-permissions";

    [Test]
    public async Task HasPermissions_ViewYesStoreNo_ReturnsGetShapedJsonWithAcsSpelling()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Permissions(
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.View, AcsPermission.Yes),
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.Store, AcsPermission.No));

        using var response = await env.Client.PostAsJsonAsync(HasPermissionsPath, new { nhsNumber = Some.NhsNumber });

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(root.EnumerateObject().Select(p => p.Name), Is.EqualTo(new[] { "outcome", "view", "store", "message" }));
            Assert.That(root.GetProperty("outcome").GetString(), Is.EqualTo("shown"));
            Assert.That(root.GetProperty("view").GetString(), Is.EqualTo("Yes"));
            Assert.That(root.GetProperty("store").GetString(), Is.EqualTo("No"));
            Assert.That(env.Spine.Single.SoapAction, Is.EqualTo(AcsInteractions.Has.Action));
        }
    }

    [Test]
    public async Task HasPermissions_ActingUserJobRoleMayNotView_ReturnsRefusedWithoutCallingSpine()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync(HasPermissionsPath, new
        {
            nhsNumber = Some.NhsNumber,
            user = new { roleProfileId = ActingUsers.RoleProfileId, userId = ActingUsers.UserId, jobRole = "R9999" },
        });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(json.RootElement.GetProperty("outcome").GetString(), Is.EqualTo("refused"));
            Assert.That(json.RootElement.GetProperty("view").GetString(), Is.EqualTo("Ask"));
            Assert.That(json.RootElement.GetProperty("message").GetString(), Does.Contain("job role R9999 may not view sharing permissions"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task HasPermissions_NoNhsNumber_Returns400ProblemDetailsWithoutCallingSpine()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.PostAsJsonAsync(HasPermissionsPath, new { nhsNumber = " " });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(json.RootElement.GetProperty("title").GetString(), Is.EqualTo("An NHS number is required."));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }
}
