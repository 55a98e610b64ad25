using System.Collections.Concurrent;
using Microsoft.Playwright;
using SpineConformance.Drivers.Settings;

namespace SpineConformance.Drivers.Web;

/// <summary>
/// One Chromium for the run and a pool of browser pages, one per scenario running at once. Starting a browser context
/// costs a second or more on a small machine, so a page is reused by the next scenario once its cookies (its session)
/// have been cleared.
/// </summary>
public sealed class ChromiumPool(SuiteSettings settings) : IAsyncDisposable
{
    private readonly SemaphoreSlim launch = new(1, 1);
    private readonly ConcurrentBag<IPage> idle = [];
    private IPlaywright? playwright;
    private IBrowser? browser;

    public async Task<IPage> LeaseAsync(Uri baseUrl)
    {
        if (idle.TryTake(out var page))
        {
            return page;
        }

        var chromium = await BrowserAsync();
        var context = await chromium.NewContextAsync(new BrowserNewContextOptions { BaseURL = baseUrl.ToString() });
        return await context.NewPageAsync();
    }

    /// <summary>Forgets the scenario's session and keeps the page for the next scenario.</summary>
    public async Task ReturnAsync(IPage page)
    {
        await page.Context.ClearCookiesAsync();
        idle.Add(page);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        launch.Dispose();
    }

    private async Task<IBrowser> BrowserAsync()
    {
        await launch.WaitAsync();
        try
        {
            playwright ??= await Playwright.CreateAsync();
            return browser ??= await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = settings.Browser,
                Headless = true,
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
            });
        }
        finally
        {
            launch.Release();
        }
    }
}
