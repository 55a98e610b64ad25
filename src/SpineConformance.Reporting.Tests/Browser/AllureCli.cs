using System.Diagnostics;

namespace SpineConformance.Reporting.Tests.Browser;

/// <summary>The pinned allure 3 CLI from <c>reports/node_modules</c> (installed by <c>npm ci</c> there).</summary>
internal static class AllureCli
{
    public static string ReportsDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "SpineConformance.sln")))
            {
                return Path.Combine(dir.FullName, "reports");
            }
        }

        throw new InvalidOperationException($"No SpineConformance.sln above {AppContext.BaseDirectory}.");
    }

    public static async Task GenerateAsync(string results, string output)
    {
        var reports = ReportsDirectory();
        var cli = Path.Combine(reports, "node_modules", ".bin", "allure");
        LocalChromium.RequireOrSkip(File.Exists(cli), $"The allure CLI is not installed at {cli} (cd reports && npm ci; eng/test.sh does this).");
        var start = new ProcessStartInfo(cli) { WorkingDirectory = reports, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[] { "generate", results, "-o", output })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        Assert.That(process.ExitCode, Is.Zero, $"allure generate failed:{Environment.NewLine}{await stdout}{await stderr}");
        Assert.That(File.Exists(Path.Combine(output, "index.html")), Is.True, "allure generate wrote no index.html");
    }
}
