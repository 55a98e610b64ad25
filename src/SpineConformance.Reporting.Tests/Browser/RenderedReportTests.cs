using Microsoft.Playwright;

namespace SpineConformance.Reporting.Tests.Browser;

/// <summary>
/// Renders a real run's results with the pinned allure CLI and reads the report in Chromium as a person would:
/// the scenario is listed, its steps are shown, and an attachment sits under the step that made it.
/// </summary>
[Category("browser")]
public sealed class RenderedReportTests
{
    [Test]
    public async Task RenderedReport_ShowsScenariosStepsAndAttachments()
    {
        using var run = await AllureRun.ExecuteAsync();
        var report = Directory.CreateTempSubdirectory("allure-report-").FullName;
        try
        {
            await AllureCli.GenerateAsync(run.Directory, report);
            await using var site = await StaticSite.StartAsync(report);
            using var playwright = await Playwright.CreateAsync();
            await using var browser = await LocalChromium.LaunchAsync(playwright);
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1400, Height = 1000 } });

            await page.GotoAsync(site.Address.ToString());
            var leaf = page.GetByTestId("tree-leaf").Filter(new LocatorFilterOptions { HasText = "Resource is returned" });
            await Assertions.Expect(page.GetByTestId("tree-leaf")).ToHaveCountAsync(6);
            await leaf.ClickAsync();

            await Assertions.Expect(page.GetByText("Given a patient with NHS number 9434765919").First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("When the resource is requested").First).ToBeVisibleAsync();
            await page.GetByText("When the resource is requested").First.ClickAsync();
            await Assertions.Expect(page.GetByText("request", new PageGetByTextOptions { Exact = true }).First).ToBeVisibleAsync();
            await Assertions.Expect(page.GetByText("application/xml").First).ToBeVisibleAsync();

            var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "allure-report-scenario.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
            TestContext.AddTestAttachment(screenshot, "The rendered Allure report, one scenario open");
        }
        finally
        {
            Directory.Delete(report, recursive: true);
        }
    }
}
