using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Xml;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Web;

/// <summary>The legitimate relationships page (<c>/lr</c>): its forms, and the helpers its tests share.</summary>
public sealed partial class LrPagesTests
{
    private static readonly string[] FormIds =
    [
        "lr-nhs-number", "lr-type", "lr-workgroup-id", "lr-access-reason", "lr-justification", "lr-alert", "lr-create",
        "sc-nhs-number", "sc-lr-id", "sc-reason", "sc-change",
        "q-nhs-number", "q-history", "q-confirm", "q-complete", "q-details",
        "batch-nhs-numbers", "batch-confirm",
        "urp-user-id", "urp-lookup",
        "wg-member-urp", "wg-member-user", "wg-id", "wg-add", "wg-remove",
        "wg-members-id", "wg-members",
    ];

    [Test]
    public async Task Home_Always_RendersEveryFormControlOnceWithTitle()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        using var response = await env.Client.GetAsync("/lr");
        var html = await response.Content.ReadAsStringAsync();

        using (Assert.EnterMultipleScope())
        {
            Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.OK));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/html"));
            Assert.That(html, Does.Contain("<title>Reference GP System &#x2013; Legitimate relationships</title>"));
            Assert.That(FormIds.Where(id => Regex.Count(html, $"""\bid="{id}"[ >]""") != 1), Is.Empty, "ids missing or repeated");
            Assert.That(html, Does.Not.Contain("""id="lr-outcome"""));
        }
    }

    [Test]
    public async Task Home_Always_OffersCurrentCodesOnlyWithTheirNames()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var html = await env.Client.GetStringAsync("/lr");

        var reasons = Select(html, "sc-reason");
        var types = Select(html, "lr-type");
        using (Assert.EnterMultipleScope())
        {
            Assert.That(Regex.Matches(reasons, """<option value="(\d\d)">""").Select(m => m.Groups[1].Value),
                Is.EqualTo(Enumerable.Range(6, 10).Select(c => c.ToString("00", System.Globalization.CultureInfo.InvariantCulture))));
            Assert.That(types, Does.Contain("""<option value="08">08 Self Claimed Relationship</option>"""));
            Assert.That(Regex.Count(types, "<option value=\"\\d\\d\">"), Is.EqualTo(11));
            Assert.That(Select(html, "lr-access-reason"), Does.Contain("""<option value="">None</option><option value="01">01 Public interest</option>"""));
        }
    }

    [Test]
    public async Task ScrSharingHome_Always_LinksToTheLrPageFromTheHeader()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var html = await env.Client.GetStringAsync("/");

        Assert.That(html, Does.Match("""<header>[\s\S]*<a id="nav-lr" href="/lr">Legitimate relationships</a>[\s\S]*</header>"""));
    }

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(SutWithFakeSpine env, string path, params (string Name, string Value)[] fields)
    {
        using var form = new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)));
        using var response = await env.Client.PostAsync(path, form);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>
    /// Posts an asynchronous form and, once the SUT's MHS has sent its request to the Spine stub, delivers Spine's
    /// business reply to <c>/mhs/inbound</c> while the page is still waiting for it.
    /// </summary>
    private static async Task<string> PostAndReplyAsync(
        SutWithFakeSpine env, string path, Func<RecordedSpineRequest, EbxmlMessage> reply, params (string Name, string Value)[] fields)
    {
        var posting = PostAsync(env, path, fields);
        await env.WaitForAttemptsAsync(1);
        using var delivered = await env.PostInboundAsync(reply(env.Spine.Single));
        var (status, html) = await posting;
        Assert.That(status, Is.EqualTo(HttpStatusCode.OK));
        return html;
    }

    private static string Select(string html, string id) => Regex.Match(html, $"""<select id="{id}"[\s\S]*?</select>""").Value;

    /// <summary>The text of the element with this id, as the browser driver reads it (still encoded).</summary>
    private static string? Text(string html, string id)
    {
        var match = Regex.Match(html, $"""<(\w+) id="{id}"[^>]*>([\s\S]*?)</\1>""");
        return match.Success ? match.Groups[2].Value : null;
    }

    /// <summary>The opening tags of the result table's body rows.</summary>
    private static List<string> Rows(string html) =>
        Regex.Matches(Regex.Match(html, """<table id="lr-results"[\s\S]*?</table>""").Value, """<tr data-[^>]*>""").Select(m => m.Value).ToList();

    /// <summary>The <c>query</c> element of the sync request the Spine stub received.</summary>
    private static XElement SentQuery(SutWithFakeSpine env) =>
        env.Spine.Single.Message.ControlActEvent?.Descendants(SpineNamespaces.Hl7 + "query").Single()
        ?? throw new InvalidOperationException("The request has no ControlActEvent.");
}
