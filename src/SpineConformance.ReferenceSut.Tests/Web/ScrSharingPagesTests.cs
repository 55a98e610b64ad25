using System.Net;
using SpineConformance.Hl7.Acs;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Web;

/// <summary>The home page and viewing permissions (Get).</summary>
public sealed partial class ScrSharingPagesTests
{
    [Test]
    public async Task Home_Always_ShowsTitleLoggedInUserAndForm()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o =>
        {
            o.User.Name = "Dr Ada Example";
            o.User.RoleProfileId = "555555555551";
            o.User.JobRole = "R8003";
        });

        using var response = await env.Client.GetAsync("/");
        var html = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.Contain("<title>Reference GP System &#x2013; SCR sharing</title>"));
            Assert.That(html, Does.Contain("""<dd id="user-name">Dr Ada Example</dd>"""));
            Assert.That(html, Does.Contain("""<dd id="user-role-profile">555555555551</dd>"""));
            Assert.That(html, Does.Contain("""<dd id="user-job-role">R8003</dd>"""));
            Assert.That(html, Does.Contain("""<form method="post" action="/permissions/view">"""));
            Assert.That(html, Does.Contain("""<input id="nhs-number" name="nhsNumber" """));
            Assert.That(html, Does.Contain("""<button id="view-permissions" type="submit">"""));
        }
    }

    [Test]
    public async Task ViewPermissions_ViewNoStoreYes_ShowsEachValueUnderItsId()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Permissions(
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.View, AcsPermission.No),
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.Store, AcsPermission.Yes));

        var html = await PostFormAsync(env, Some.NhsNumber);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("""<dd id="outcome">Shown</dd>"""));
            Assert.That(html, Does.Contain("""<dd id="view-permission">No</dd>"""));
            Assert.That(html, Does.Contain("""<dd id="store-permission">Yes</dd>"""));
            Assert.That(html, Does.Match("""<p id="message">Patient has dissented from sharing \(View: No\)\..*\(Store: Yes\)\.</p>"""));
            Assert.That(env.Spine.Single.RequestedNhsNumber, Is.EqualTo(Some.NhsNumber));
        }
    }

    [Test]
    public async Task ViewPermissions_MarkupAsNhsNumber_ShowsItEscaped()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var html = await PostFormAsync(env, "<script>alert(1)</script>");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Not.Contain("<script>"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
            Assert.That(env.Spine.Single.RequestedNhsNumber, Is.EqualTo("<script>alert(1)</script>"));
        }
    }

    [Test]
    public async Task ViewPermissions_SpineUnreachable_ShowsFailureMessage()
    {
        var closed = ClosedPort.LoopbackUrl();
        await using var env = await SutWithFakeSpine.StartAsync(o => o.SpineBaseUrl = closed);

        var html = await PostFormAsync(env, Some.NhsNumber);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("""<dd id="outcome">Failed</dd>"""));
            Assert.That(html, Does.Contain($"""<p id="message" class="error">Could not reach Spine at {closed}/sync-service"""));
        }
    }

    [Test]
    public async Task ViewPermissions_EmptyNhsNumber_AsksForOneWithoutCallingSpine()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        using var form = new FormUrlEncodedContent([new("nhsNumber", "  ")]);

        using var response = await env.Client.PostAsync("/permissions/view", form);
        var html = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain("""<p id="form-error" class="error">Enter the patient&#x27;s NHS number.</p>"""));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task Home_Always_ShowsCheckButtonAndRecordDecisionControls()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var html = await env.Client.GetStringAsync("/");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("""<button id="check-permissions" type="submit" formaction="/permissions/check">"""));
            Assert.That(html, Does.Contain("""<legend>Record decision</legend>"""));
            Assert.That(html, Does.Contain("""<input id="decision-express-consent" name="decision" type="radio" value="expressConsent">"""));
            Assert.That(html, Does.Contain("""<input id="decision-express-dissent" name="decision" type="radio" value="expressDissent">"""));
            Assert.That(html, Does.Contain("""<input id="decision-ask" name="decision" type="radio" value="askForConsent">"""));
            Assert.That(html, Does.Contain("""<button id="record-decision" type="submit" formaction="/permissions/decision">"""));
            Assert.That(html, Does.Not.Contain(" checked"));
        }
    }

    [Test]
    public async Task ViewPermissions_LoggedInUserMayNotView_ShowsRefusedWithoutCallingSpine()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.User.JobRole = "R9999");

        var html = await PostFormAsync(env, Some.NhsNumber);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("""<dd id="outcome">Refused</dd>"""));
            Assert.That(html, Does.Contain("""<p id="message" class="error">Refused: job role R9999 may not view sharing permissions"""));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    private static Task<string> PostFormAsync(SutWithFakeSpine env, string nhsNumber) =>
        PostFormAsync(env, "/permissions/view", [new("nhsNumber", nhsNumber)]);

    private static async Task<string> PostFormAsync(SutWithFakeSpine env, string path, KeyValuePair<string, string>[] fields)
    {
        using var form = new FormUrlEncodedContent(fields);
        using var response = await env.Client.PostAsync(path, form);
        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
        return await response.Content.ReadAsStringAsync();
    }
}
