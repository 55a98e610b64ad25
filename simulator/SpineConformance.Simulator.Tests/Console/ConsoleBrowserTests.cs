using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Soap;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.State;
using SpineConformance.Testing;
using static Microsoft.Playwright.Assertions;

namespace SpineConformance.Simulator.Tests.WebConsole;

/// <summary>
/// The console in Chromium, as a developer uses it: messages appear live, a broken one explains itself, fault rules are
/// added from the form, state is shown, and message content never runs as script.
/// </summary>
[Category("browser")]
public sealed class ConsoleBrowserTests
{
    private const string GetInteraction = "GET_RESOURCE_PERMISSIONS_INUK01";

    private static readonly Regex EmptyTo = new(@"^\s*<wsa:To\s*(/>|></wsa:To>)\s*$", RegexOptions.Multiline);

    private ConsoleUnderTest console = null!;
    private readonly List<string> pageErrors = [];
    private readonly ConsoleEvidence evidence = new();

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        evidence.StartRun();
        console = await ConsoleUnderTest.StartAsync(new Dictionary<string, string?> { ["Simulator:Delivery:ReplyDelay"] = "00:00:00" });
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (console is not null)
        {
            await console.DisposeAsync();
        }
    }

    [SetUp]
    public void StartTest()
    {
        pageErrors.Clear();
        evidence.StartTest();
    }

    [TearDown]
    public void NoScriptFailed()
    {
        const string ScriptFailed = "The console threw in the browser (or a Content-Security-Policy violation was reported).";
        try
        {
            Assert.That(pageErrors, Is.Empty, ScriptFailed);
        }
        finally
        {
            evidence.FinishTest(pageErrors.Count == 0 ? null : $"{ScriptFailed} {string.Join("; ", pageErrors)}");
        }
    }

    [Test]
    public async Task Journal_MessageSent_AppearsLiveWithoutReload_AndFilters()
    {
        var page = await OpenConsoleAsync();
        var nhsNumber = Some.NhsNumber().Value;

        await SendAsync(SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction);

        var row = page.Locator("#journal tbody tr", new() { HasText = nhsNumber });
        await Expect(row).ToBeVisibleAsync();
        await Expect(row).ToContainTextAsync(GetInteraction);
        await Expect(row).ToContainTextAsync("Inbound");
        await Expect(row).ToContainTextAsync(SampleRequests.SenderAsid);
        await Expect(row.Locator("td").Nth(5)).ToHaveTextAsync("200");
        await Expect(row.Locator("td").Nth(7)).ToHaveTextAsync("0");
        await SaveScreenshotAsync(page, "console-journal.png", "The journal, live, newest first");

        await page.Locator("#filter-nhsNumber").FillAsync(nhsNumber);
        await Expect(page.Locator("#journal tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#journal tbody tr")).ToContainTextAsync(nhsNumber);
        Assert.That(page.Url, Does.EndWith($"#/journal?nhsNumber={nhsNumber}"));
    }

    [Test]
    public async Task Journal_StreamRefused_FallsBackToPolling_AndStillShowsNewMessages()
    {
        var context = await console.Browser.NewContextAsync();
        await context.RouteAsync("**/admin/journal/stream", route => route.FulfillAsync(new() { Status = 503, Body = "no streams here" }));
        var page = await context.NewPageAsync();
        await page.GotoAsync(ConsoleUrl(string.Empty));
        await Expect(page.Locator("#live-status")).ToContainTextAsync("polling");
        var nhsNumber = Some.NhsNumber().Value;

        await SendAsync(SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction);

        await Expect(page.Locator("#journal tbody tr", new() { HasText = nhsNumber })).ToBeVisibleAsync();
    }

    [Test]
    public async Task MessageDetail_BrokenRequest_ShowsBothDirectionsAndFindings_AndClickingAnXPathHighlightsIt()
    {
        var page = await OpenConsoleAsync();
        var nhsNumber = Some.NhsNumber().Value;
        var emptyTo = BrokenGetRequests.All().Single(b => b.RuleId == "SYNC-HDR-TO");
        var request = SampleRequests.Get(nhsNumber);
        emptyTo.Break(request);

        await SendAsync(request, emptyTo.SoapAction);
        var entry = await console.Host.Journal.WaitForAsync(e => e.NhsNumber == nhsNumber, TimeSpan.FromSeconds(10));
        await page.Locator($"#journal a[href='#/journal/{entry.Id}']").ClickAsync();

        await Expect(page.Locator("h2")).ToContainTextAsync($"Exchange #{entry.Id}");
        await Expect(page.Locator("#request")).ToContainTextAsync(EmptyTo);
        await Expect(page.Locator("#request")).ToContainTextAsync(nhsNumber);
        await Expect(page.Locator("#response")).ToContainTextAsync("wsa:RelatesTo");
        var finding = page.Locator("#findings tr.finding", new() { HasText = "SYNC-HDR-TO" });
        await Expect(finding).ToContainTextAsync("ErrorBaseTms.SOAP_TO_ERROR");
        await Expect(finding).ToContainTextAsync("Error");
        var xpath = finding.Locator("button.xpath");
        await Expect(xpath).ToHaveTextAsync("/SOAP-ENV:Envelope/SOAP-ENV:Header/wsa:To");

        await xpath.ClickAsync();

        var highlighted = page.Locator("#request .line.hl");
        await Expect(highlighted).ToHaveCountAsync(1);
        await Expect(highlighted).ToHaveTextAsync(EmptyTo);
        await Expect(highlighted).ToBeInViewportAsync();
        await Expect(page.Locator(".highlight-status")).ToContainTextAsync("the element for /SOAP-ENV:Envelope/SOAP-ENV:Header/wsa:To");
        await SaveScreenshotAsync(page, "console-detail.png", "A broken Get: findings, the highlighted element, request and response");
    }

    [Test]
    public async Task FaultRuleForm_AddedRule_IsListed_AppliedToTheNextRequest_AndDeleted()
    {
        var page = await OpenConsoleAsync("#/faults");
        var nhsNumber = Some.NhsNumber().Value;

        await page.Locator("#fault-kind").SelectOptionAsync("SoapFault");
        await page.GetByLabel("Interaction").FillAsync(GetInteraction);
        await page.GetByLabel("NHS number").FillAsync(nhsNumber);
        await page.GetByLabel("HTTP header").FillAsync("X-Test-Case");
        await page.GetByLabel("Code").FillAsync("206");
        await page.GetByLabel("Remaining uses").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add rule" }).ClickAsync();

        var rule = page.Locator("#fault-rules tbody tr", new() { HasText = nhsNumber });
        await Expect(rule).ToContainTextAsync("SoapFault");
        await Expect(rule).ToContainTextAsync(GetInteraction);
        await Expect(rule.Locator("td").Nth(5)).ToHaveTextAsync("header X-Test-Case");
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "added" })).ToBeVisibleAsync();
        await SaveScreenshotAsync(page, "console-fault-rules.png", "The fault rule form and the rule it added");

        var (untagged, _) = await SendAsync(SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction);
        Assert.That(untagged, Is.EqualTo(200), "a request without the header does not match");
        var (status, _) = await SendAsync(SampleRequests.Get(nhsNumber), BrokenGetRequests.GetAction, ("X-Test-Case", "from the console"));
        Assert.That(status, Is.EqualTo(500), "the rule applies to the next matching request");

        await page.GotoAsync(ConsoleUrl("#/journal"));
        var row = page.Locator("#journal tbody tr", new() { HasText = nhsNumber }).First;
        await Expect(row).ToContainTextAsync("SOAP fault 206");
        await Expect(row.Locator("td").Nth(5)).ToHaveTextAsync("500");

        await page.GotoAsync(ConsoleUrl("#/faults"));
        await Expect(rule.Locator("td").Nth(10)).ToHaveTextAsync("0 (used up)");
        await rule.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(rule).ToHaveCountAsync(0);
    }

    [Test]
    public async Task MarkupInAMessage_IsShownAsText_AndNeverRuns()
    {
        const string Script = "<script>window.__pwned=1</script>";
        const string Image = "\"><img src=x onerror=\"window.__pwned=1\">";
        var page = await OpenConsoleAsync();

        await SendAsync(SampleRequests.Get(Script, SampleRequests.Outgoing(Image)), BrokenGetRequests.GetAction);
        var entry = await console.Host.Journal.WaitForAsync(e => e.NhsNumber == Script, TimeSpan.FromSeconds(10));

        var row = page.Locator("#journal tbody tr", new() { HasText = Script });
        await Expect(row).ToBeVisibleAsync();
        await row.Locator("a").ClickAsync();
        await Expect(page.Locator("h2")).ToContainTextAsync($"Exchange #{entry.Id}");
        await Expect(page.Locator("#correlation-facts")).ToContainTextAsync(Image);
        await Expect(page.Locator("#exchange-facts")).ToContainTextAsync(Script);
        await Expect(page.Locator("#findings")).ToContainTextAsync(Script);
        await Expect(page.Locator("#request")).ToContainTextAsync("onerror");

        Assert.That(await page.EvaluateAsync<string>("() => typeof window.__pwned"), Is.EqualTo("undefined"));
        await Expect(page.Locator("img")).ToHaveCountAsync(0);
        await Expect(page.Locator("main script")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task MarkupInFieldsAnAdministratorEdits_IsShownAsText_AndNeverRuns()
    {
        const string Script = "<script>window.__pwned=1</script>";
        const string Image = "<img src=x onerror=\"window.__pwned=1\">";
        var nhsNumber = Some.NhsNumber().Value;
        using (var http = new HttpClient { BaseAddress = console.Host.BaseAddress })
        {
            using var added = await http.PostAsJsonAsync("/admin/fault-rules", new { kind = "SoapFault", code = "206", nhsNumber, text = Image + Script });
            Assert.That((int)added.StatusCode, Is.EqualTo(201), await added.Content.ReadAsStringAsync());
        }

        var directory = console.Host.Services.GetRequiredService<SpineDirectory>();
        var user = directory.Snapshot().Users[0];
        directory.Upsert(user with { UserId = "100000000099", Name = Script, RoleProfiles = [] });
        directory.Upsert(directory.Snapshot().Workgroups[0] with { WorkgroupId = "WG0000000099", Name = Image });
        directory.Replace(directory.Snapshot() with { Organisations = [.. directory.Snapshot().Organisations, new Organisation("X99", Image)] });
        await console.Host.Services.GetRequiredService<Simulator.Persistence.IRelationshipStore>().RaiseAlertAsync(DateTimeOffset.UnixEpoch, LrId.From("LR-MARKUP"), NhsNumber.From(nhsNumber), "self-claimed LR (06: " + Script + Image + ")",
            new LrActor(null, null, SampleRequests.SenderAsid, Script), CancellationToken.None);

        var page = await OpenConsoleAsync("#/faults");
        await Expect(page.Locator("#fault-rules tbody tr", new() { HasText = nhsNumber })).ToContainTextAsync(Image + Script);
        await page.GotoAsync(ConsoleUrl("#/directory"));
        await Expect(page.Locator("#users")).ToContainTextAsync(Script);
        await Expect(page.Locator("#workgroups")).ToContainTextAsync(Image);
        await Expect(page.Locator("#organisations")).ToContainTextAsync(Image);
        await page.GotoAsync(ConsoleUrl("#/lr"));
        await Expect(page.Locator("#alerts tbody tr", new() { HasText = nhsNumber })).ToContainTextAsync(Script + Image);

        Assert.That(await page.EvaluateAsync<string>("() => typeof window.__pwned"), Is.EqualTo("undefined"));
        await Expect(page.Locator("img")).ToHaveCountAsync(0);
        await Expect(page.Locator("main script")).ToHaveCountAsync(0);
    }

    [Test]
    public async Task StateViews_ShowPatientsDirectoryRelationshipsAndOutbox_AndRedeliver()
    {
        using var mhs = FakeMhs.Start();
        var directory = console.Host.Services.GetRequiredService<SpineDirectory>();
        directory.Upsert(directory.SystemByAsid(SampleRequests.SenderAsid)! with { MhsEndpoint = mhs.Endpoint.ToString() });
        var nhsNumber = Some.NhsNumber().Value;
        await console.Host.SeedPermissionsAsync(new PatientPermissions(NhsNumber.From(nhsNumber), AcsPermission.No, null));
        await SendReliableCreateLrAsync();
        await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10));

        var page = await OpenConsoleAsync("#/patients");
        await page.Locator("#patients").GetByRole(AriaRole.Link, new() { Name = nhsNumber }).ClickAsync();
        await Expect(page.Locator("#history caption")).ToContainTextAsync(nhsNumber);
        await Expect(page.Locator("#history tbody tr", new() { HasText = "View" })).ToContainTextAsync("No");

        await page.GotoAsync(ConsoleUrl("#/directory"));
        await Expect(page.Locator("#systems tbody tr", new() { HasText = SampleRequests.SenderAsid })).ToContainTextAsync(mhs.Endpoint.ToString());
        await Expect(page.Locator("#users")).ToContainTextAsync("100000000001");
        await SaveScreenshotAsync(page, "console-directory.png", "The SDS directory");

        await page.GotoAsync(ConsoleUrl("#/lr"));
        await Expect(page.Locator("#relationships tbody tr", new() { HasText = "9434765919" })).ToContainTextAsync("Active");

        await page.GotoAsync(ConsoleUrl("#/outbox"));
        var outbound = page.Locator("#outbox tbody tr", new() { HasText = "REPC_IN020000UK13" });
        await Expect(outbound).ToHaveCountAsync(1);
        await Expect(outbound).ToContainTextAsync("Delivered");
        await outbound.GetByRole(AriaRole.Button, new() { Name = "Redeliver" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "queued again" })).ToBeVisibleAsync();
        await Expect(outbound).ToHaveCountAsync(2);
        await SaveScreenshotAsync(page, "console-outbox.png", "The outbox after a redelivery");
        await mhs.WaitForAsync(2, TimeSpan.FromSeconds(10));

        await page.GotoAsync(ConsoleUrl("#/journal?interaction=REPC_IN010000UK15"));
        await page.Locator("#journal tbody tr a").First.ClickAsync();
        await Expect(page.Locator("#request")).ToContainTextAsync("eb:ConversationId");
        await Expect(page.Locator("#related")).ToContainTextAsync("REPC_IN020000UK13");
        await Expect(page.Locator("#related")).ToContainTextAsync("RefToMessageId");
    }

    private async Task<IPage> OpenConsoleAsync(string hash = "")
    {
        var context = await console.Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1440, Height = 1000 } });
        var page = await context.NewPageAsync();
        page.PageError += (_, error) => pageErrors.Add(error);
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Text.Contains("favicon", StringComparison.Ordinal))
            {
                pageErrors.Add(message.Text);
            }
        };
        await page.GotoAsync(ConsoleUrl(hash));
        // The stream is open before anything is sent, so what appears next came live.
        await Expect(page.Locator("#live-status")).ToHaveTextAsync("Live: streaming");
        return page;
    }

    private string ConsoleUrl(string hash) => new Uri(console.Host.BaseAddress, "/_console" + hash).ToString();

    private async Task<(int Status, string Body)> SendAsync(XDocument document, string soapAction, params (string Name, string Value)[] headers)
    {
        using var http = new HttpClient { BaseAddress = console.Host.BaseAddress };
        using var content = new ByteArrayContent(SoapEnvelope.ToBytes(document));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", soapAction);
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await http.SendAsync(request);
        return ((int)response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private async Task SendReliableCreateLrAsync()
    {
        using var http = new HttpClient { BaseAddress = console.Host.BaseAddress };
        using var content = new ByteArrayContent(await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "examples", "create-lr-reliable.msg")));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/related; boundary=\"--=_MIME-Boundary\"; type=\"text/xml\"; start=\"<ebXMLHeader@spine.nhs.uk>\"");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/reliablemessaging/reliablerequest") { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", "\"urn:nhs:names:services:lrs/REPC_IN010000UK15\"");
        using var response = await http.SendAsync(request);
        Assert.That((int)response.StatusCode, Is.EqualTo(202), await response.Content.ReadAsStringAsync());
    }

    private async Task SaveScreenshotAsync(IPage page, string name, string description)
    {
        var path = Path.Combine(TestContext.CurrentContext.WorkDirectory, name);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        evidence.Screenshot(path, description);
    }
}
