using System.Net;
using SpineConformance.ReferenceSut.Tests.Support;

namespace SpineConformance.ReferenceSut.Tests.Web;

/// <summary>"Change role profile" (<c>/user</c>) and the message log (<c>/mhs</c>).</summary>
public sealed class UserAndMhsPagesTests
{
    [Test]
    public async Task ActingAsAnotherUser_AppliesToTheBrowsersNextActions_UntilLoggingBackIn()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        using var browser = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer() }) { BaseAddress = env.Sut.BaseAddress };

        var chosen = await PostAsync(browser, "/user/act-as", [new("roleProfileId", "555000000011"), new("userId", "555000000012"), new("jobRole", "R9999")]);
        var refused = await PostAsync(browser, "/permissions/view", [new("nhsNumber", Some.NhsNumber)]);
        await PostAsync(browser, "/user/log-back-in", []);
        var home = await browser.GetStringAsync(new Uri("/", UriKind.Relative));

        using (Assert.EnterMultipleScope())
        {
            Assert.That(chosen, Does.Contain("""data-user-id="555000000012" data-role-profile="555000000011"""));
            Assert.That(refused, Does.Contain("""<dd id="outcome">Refused</dd>""").And.Contain("job role R9999 may not view"), "RBAC is checked as the chosen user");
            Assert.That(refused, Does.Contain("""<dd id="user-role-profile">555000000011</dd>"""), "the header shows who is working");
            Assert.That(env.Spine.Received, Is.Empty);
            Assert.That(home, Does.Not.Contain("555000000011"), "back to the logged-in user");
        }
    }

    [Test]
    public async Task ActingAs_WithIdsThatAreNotSds_IsA400ThatSaysWhatToEnter()
    {
        await using var env = await SutWithFakeSpine.StartAsync();
        using var form = new FormUrlEncodedContent([new("roleProfileId", "12"), new("userId", "x"), new("jobRole", "")]);

        using var response = await env.Client.PostAsync(new Uri("/user/act-as", UriKind.Relative), form);

        Assert.That(response.StatusCode, Is.EqualTo(HttpStatusCode.BadRequest));
        Assert.That(await response.Content.ReadAsStringAsync(), Does.Contain("Enter a 12-digit role profile id"));
    }

    [Test]
    public async Task MessageLog_StartsEmpty_WithBothTables()
    {
        await using var env = await SutWithFakeSpine.StartAsync();

        var html = await env.Client.GetStringAsync(new Uri("/mhs", UriKind.Relative));

        Assert.That(html, Does.Contain("""<table id="mhs-sent">""").And.Contain("""<table id="mhs-received">"""));
        Assert.That(html, Does.Not.Contain("<tr data-"), "no messages yet");
    }

    private static async Task<string> PostAsync(HttpClient browser, string path, KeyValuePair<string, string>[] fields)
    {
        using var form = new FormUrlEncodedContent(fields);
        using var response = await browser.PostAsync(new Uri(path, UriKind.Relative), form);
        return await response.Content.ReadAsStringAsync();
    }
}
