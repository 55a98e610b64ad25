using Microsoft.Playwright;

namespace SpineConformance.Simulator.Tests.WebConsole;

/// <summary>
/// Debian's Chromium driven by Playwright (Playwright's own browser download cannot work here). When Chromium is
/// missing the browser tests are skipped with the reason, except in CI, where a missing browser is a failure.
/// </summary>
internal static class LocalChromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync(IPlaywright playwright)
    {
        if (!File.Exists(ExecutablePath))
        {
            var reason = $"Chromium is not installed at {ExecutablePath} (apt-get install -y chromium; eng/test.sh does this).";
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Fail(reason);
            }

            Assert.Ignore(reason);
        }

        return await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }
}
