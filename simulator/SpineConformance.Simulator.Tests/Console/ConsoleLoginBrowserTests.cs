using Microsoft.Playwright;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;
using static Microsoft.Playwright.Assertions;

namespace SpineConformance.Simulator.Tests.WebConsole;

/// <summary>The console of a simulator started with an API key, in Chromium: it asks for the key once, then works as usual, live stream included, until it logs out.</summary>
[Category("browser")]
[Category("robustness")]
public sealed class ConsoleLoginBrowserTests
{
    private const string Key = "correct-horse-battery-staple";

    private ConsoleUnderTest console = null!;

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        console = await ConsoleUnderTest.StartAsync(new Dictionary<string, string?> { ["Simulator:AdminApiKey"] = Key });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (console is not null)
        {
            await console.DisposeAsync();
        }
    }

    [Test]
    public async Task Console_AsksForTheKey_RefusesAWrongOne_ThenOpensLive()
    {
        var context = await console.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, error) => errors.Add(error);

        await page.GotoAsync(new Uri(console.Host.BaseAddress, "/_console").ToString());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Spine simulator console" })).ToBeVisibleAsync();
        await page.GetByLabel("API key").FillAsync("not-the-key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the console" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("That is not this simulator's key");

        await page.GetByLabel("API key").FillAsync(Key);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open the console" }).ClickAsync();
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live: streaming");
        var nhsNumber = Some.NhsNumber().Value;
        await SendGetAsync(nhsNumber);
        await Expect(page.Locator("#journal tbody tr", new() { HasText = nhsNumber })).ToBeVisibleAsync();

        var cookie = (await context.CookiesAsync()).Single();
        Assert.That((cookie.HttpOnly, cookie.SameSite), Is.EqualTo((true, SameSiteAttribute.Strict)));
        Assert.That(cookie.Value, Does.Not.Contain(Key));

        await page.GetByRole(AriaRole.Button, new() { Name = "Log out" }).ClickAsync();
        await Expect(page.GetByLabel("API key")).ToBeVisibleAsync();
        Assert.That(errors, Is.Empty);
    }

    private async Task SendGetAsync(string nhsNumber)
    {
        using var http = new HttpClient { BaseAddress = console.Host.BaseAddress };
        using var content = new ByteArrayContent(SoapEnvelope.ToBytes(SampleRequests.Get(nhsNumber)));
        content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", BrokenGetRequests.GetAction);
        using var response = await http.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(200));
    }
}
