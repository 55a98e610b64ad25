using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Web;

/// <summary>The "Check permission" button (Has).</summary>
public sealed partial class ScrSharingPagesTests
{
    [Test]
    public async Task CheckPermissions_ViewYesStoreAsk_ShowsEachAnswerUnderItsId()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Permissions(
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.View, AcsPermission.Yes),
            AccessControlAssertion.ForScr(Some.NhsNumber, AcsFunction.Store, AcsPermission.Ask));

        var html = await PostFormAsync(env, "/permissions/check", [new("nhsNumber", Some.NhsNumber)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain($"""Permission check for NHS number <span id="result-nhs-number">{Some.NhsNumber}</span>"""));
            Assert.That(html, Does.Contain("""<dd id="outcome">Shown</dd>"""));
            Assert.That(html, Does.Contain("""<dd id="view-permission">Yes</dd>"""));
            Assert.That(html, Does.Contain("""<dd id="store-permission">Ask</dd>"""));
            Assert.That(env.Spine.Single.SoapAction, Is.EqualTo(AcsInteractions.Has.Action));
        }
    }

    [Test]
    public async Task CheckPermissions_SpineErrorTextWithMarkup_ShowsItEscaped()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        env.Spine.Reply = SpineReply.Error(new DetectedIssue("400", Hl7Constants.PsisDetectedIssueCodeSystem, "<img src=x onerror=alert(1)>"));

        var html = await PostFormAsync(env, "/permissions/check", [new("nhsNumber", Some.NhsNumber)]);

        using (Assert.EnterMultipleScope())
        {
            Assert.That(html, Does.Contain("""<dd id="outcome">SpineError</dd>"""));
            Assert.That(html, Does.Not.Contain("<img"));
            Assert.That(html, Does.Contain("400 &lt;img src=x onerror=alert(1)&gt;"));
        }
    }
}
