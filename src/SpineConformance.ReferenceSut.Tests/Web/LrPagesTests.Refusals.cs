using System.Net;
using SpineConformance.Hl7.Xml;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Web;

/// <summary>What the page refuses before sending anything — RBAC and bad input — and how it shows text from outside.</summary>
public sealed partial class LrPagesTests
{
    [Test]
    public async Task Create_LoggedInUserMayNotManageLrs_ShowsRefusalAndSendsNothing()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.User.JobRole = "R9999");

        var (status, html) = await PostAsync(env, "/lr/create", SelfClaimed);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(Text(html, "lr-outcome"), Is.EqualTo("refused"));
            Assert.That(Text(html, "lr-message"), Does.StartWith("Refused: job role R9999 may not manage legitimate relationships"));
            Assert.That(html, Does.Not.Contain("""id="lr-conversation-id"""));
            Assert.That(env.Spine.Received, Is.Empty);
            Assert.That(env.Sent.Attempts(), Is.Empty);
        }
    }

    [Test]
    public async Task UserRoleProfiles_LoggedInUserMayNotAdministerWorkgroups_ShowsRefusalAndSendsNothing()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.User.JobRole = "R8003");

        var (_, html) = await PostAsync(env, "/lr/user-role-profiles", ("userId", "300000000002"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(Text(html, "lr-outcome"), Is.EqualTo("refused"));
            Assert.That(Text(html, "lr-message"), Does.Contain("R8003 may not administer workgroup membership (only R8000, R8008 may)"));
            Assert.That(html, Does.Not.Contain("lr-results"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task Create_SeveralProblems_Returns400ListingEachByControlWithoutSending()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var (status, html) = await PostAsync(env, "/lr/create", ("nhsNumber", " "), ("lrType", "99"), ("accessReason", "06"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(Text(html, "lr-message"), Is.EqualTo("Nothing was sent to Spine: the form has 3 problems to put right."));
            Assert.That(html, Does.Contain("""<li class="error" data-field="lr-nhs-number">Enter the patient&#x27;s NHS number.</li>"""));
            Assert.That(html, Does.Contain("""<li class="error" data-field="lr-type">&#x27;99&#x27; is not a current LRType code"""));
            Assert.That(html, Does.Contain("""<li class="error" data-field="lr-justification">Access reason 06 Other needs a justification text.</li>"""));
            Assert.That(html, Does.Not.Contain("""id="lr-outcome"""));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task Create_SelfClaimedWithoutAccessReason_Returns400NamingTheAccessReason()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var (status, html) = await PostAsync(env, "/lr/create", ("nhsNumber", Some.NhsNumber), ("lrType", "08"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain("""<li class="error" data-field="lr-access-reason">LR type 08 needs an access reason"""));
            Assert.That(html, Does.Contain("""<option value="08" selected>08 Self Claimed Relationship</option>"""));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [TestCase("03", "&#x27;03&#x27; is not a current SCReasonCode code")]
    [TestCase("", "Choose the reason for the change.")]
    public async Task StatusChange_RetiredOrMissingReason_Returns400WithoutSending(string reason, string expected)
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var (status, html) = await PostAsync(env, "/lr/status-change", ("nhsNumber", Some.NhsNumber), ("lrId", LrInputs.LrId), ("reason", reason));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain($"""<li class="error" data-field="sc-reason">{expected}"""));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [TestCase("/lr/batch-confirmation", "nhsNumbers", "batch-nhs-numbers")]
    [TestCase("/lr/workgroup/members", "workgroupIds", "wg-members-id")]
    [TestCase("/lr/user-role-profiles", "userId", "urp-user-id")]
    [TestCase("/lr/details", "nhsNumber", "q-nhs-number")]
    public async Task Query_OnlyBlankInput_Returns400NamingTheControlWithoutSending(string path, string field, string control)
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var (status, html) = await PostAsync(env, path, (field, " \r\n "));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain($"""<li class="error" data-field="{control}">"""));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [Test]
    public async Task Create_MarkupInJustification_SendsItAsTextAndShowsItEscaped()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.MhsReply = MhsReplies.MessageError();
        const string markup = "<script>alert(1)</script>";

        var (_, html) = await PostAsync(env, "/lr/create",
            ("nhsNumber", Some.NhsNumber), ("lrType", "08"), ("accessReason", "06"), ("justification", markup));

        var sentText = env.Spine.Single.Hl7.Descendants(SpineNamespaces.Hl7 + "pertinentLRReason").Single().Descendants(SpineNamespaces.Hl7 + "text").Single().Value;
        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Not.Contain("<script>"));
            Assert.That(html, Does.Contain("""<input id="lr-justification" name="justification" type="text" autocomplete="off" value="&lt;script&gt;alert(1)&lt;/script&gt;">"""));
            Assert.That(sentText, Is.EqualTo(markup));
        }
    }

    [Test]
    public async Task Create_MarkupInJustificationWithAnInputProblem_ShowsItEscapedOn400()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var (status, html) = await PostAsync(env, "/lr/create", ("lrType", "08"), ("accessReason", "18"), ("justification", "\"><img src=x onerror=alert(1)>"));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(status, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Not.Contain("<img"));
            Assert.That(html, Does.Contain("""value="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;">"""));
        }
    }
}
