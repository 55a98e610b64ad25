using System.Net;
using SpineConformance.Hl7.Soap;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Web;

/// <summary>The "Record decision" controls (Set).</summary>
public sealed partial class ScrSharingPagesTests
{
    [Test]
    public async Task RecordDecision_ExpressDissentAnsweredAa_ShowsRecordedAndKeepsTheChoice()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var html = await PostDecisionAsync(env, Some.NhsNumber, "expressDissent");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain($"""Sharing decision for NHS number <span id="result-nhs-number">{Some.NhsNumber}</span>"""));
            Assert.That(html, Does.Contain("""<dd id="outcome">Recorded</dd>"""));
            Assert.That(html, Does.Contain("""<dd id="decision" data-decision="expressDissent">Express dissent</dd>"""));
            Assert.That(html, Does.Contain("""<p id="message">Express dissent recorded: Spine holds View No and Store No"""));
            Assert.That(html, Does.Contain("""<input id="decision-express-dissent" name="decision" type="radio" value="expressDissent" checked>"""));
            Assert.That(env.Spine.Single.SetPermissions.Assertions.Select(a => a.Permission), Is.EqualTo(new[] { "No", "No" }));
        }
    }

    [Test]
    public async Task RecordDecision_SoapFaultWithMarkup_ShowsFaultEscaped()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Fault(SoapFault.UnsupportedInteraction("<script>alert(1)</script>"));

        var html = await PostDecisionAsync(env, Some.NhsNumber, "expressConsent");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("""<dd id="outcome">Fault</dd>"""));
            Assert.That(html, Does.Contain("""<p id="message" class="error">Spine returned a SOAP fault"""));
            Assert.That(html, Does.Not.Contain("<script>"));
            Assert.That(html, Does.Contain("&lt;script&gt;alert(1)&lt;/script&gt;"));
        }
    }

    [Test]
    public async Task RecordDecision_MarkupAsNhsNumber_ShowsItEscaped()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var html = await PostDecisionAsync(env, "<b>9434765919</b>", "askForConsent");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Not.Contain("<b>"));
            Assert.That(html, Does.Contain("""<span id="result-nhs-number">&lt;b&gt;9434765919&lt;/b&gt;</span>"""));
            Assert.That(env.Spine.Single.RequestedNhsNumber, Is.EqualTo("<b>9434765919</b>"));
        }
    }

    [Test]
    public async Task RecordDecision_LoggedInUserMayNotChange_ShowsRefusedWithoutCallingSpine()
    {
        await using var env = await SutWithFakeSpine.StartAsync(o => o.User.JobRole = "R8003");

        var html = await PostDecisionAsync(env, Some.NhsNumber, "expressConsent");

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("""<dd id="outcome">Refused</dd>"""));
            Assert.That(html, Does.Contain("job role R8003 may not change sharing permissions"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    [TestCase(null, "Choose the patient&#x27;s decision")]
    [TestCase("<i>yes</i>", "&#x27;&lt;i&gt;yes&lt;/i&gt;&#x27; is not a decision")]
    public async Task RecordDecision_MissingOrUnknownDecision_Returns400EscapedWithoutCallingSpine(string? decision, string expectedError)
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        KeyValuePair<string, string>[] fields = decision is null
            ? [new("nhsNumber", Some.NhsNumber)]
            : [new("nhsNumber", Some.NhsNumber), new("decision", decision)];
        using var form = new FormUrlEncodedContent(fields);

        using var response = await env.Client.PostAsync("/permissions/decision", form);
        var html = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
            Assert.That(html, Does.Contain("""<p id="form-error" class="error">""" + expectedError));
            Assert.That(html, Does.Not.Contain("<i>"));
            Assert.That(env.Spine.Received, Is.Empty);
        }
    }

    private static Task<string> PostDecisionAsync(SutWithFakeSpine env, string nhsNumber, string decision) =>
        PostFormAsync(env, "/permissions/decision", [new("nhsNumber", nhsNumber), new("decision", decision)]);
}
