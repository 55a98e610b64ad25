using Microsoft.Playwright;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Tests.WebConsole;

/// <summary>A simulator with its console and a Chromium to look at it, for one fixture's browser tests.</summary>
internal sealed class ConsoleUnderTest : IAsyncDisposable
{
    private readonly IPlaywright playwright;

    private ConsoleUnderTest(IPlaywright playwright, IBrowser browser, SpineSimulatorHost host)
    {
        this.playwright = playwright;
        Browser = browser;
        Host = host;
    }

    public IBrowser Browser { get; }

    public SpineSimulatorHost Host { get; }

    public static async Task<ConsoleUnderTest> StartAsync(IDictionary<string, string?> settings)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await LocalChromium.LaunchAsync(playwright);
            return new ConsoleUnderTest(playwright, browser, await SpineSimulatorHost.StartAsync(settings));
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        playwright.Dispose();
        await Host.DisposeAsync();
    }
}
