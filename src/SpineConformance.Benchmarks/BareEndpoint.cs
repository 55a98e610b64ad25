using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SpineConformance.Benchmarks;

/// <summary>
/// A Kestrel app that answers every POST with the same bytes and does nothing else: the ceiling the simulator's load run
/// is measured against. Its answer is a simulator Get answer (by default one built here with the simulator's builder;
/// <c>--body FILE</c> serves a captured one), so both transfer the same number of bytes.
/// </summary>
public static class BareEndpoint
{
    public const string Mode = "bare";

    /// <summary>Where it listens without <c>--urls</c>: loopback only, beside the simulator's default port.</summary>
    public const string DefaultUrl = "http://127.0.0.1:5090";

    public static async Task<int> RunAsync(string[] args)
    {
        var builder = WebApplication.CreateSlimBuilder(args);
        // Per-request logging would make the ceiling lower than Kestrel's.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        if (builder.Configuration["urls"] is null)
        {
            builder.WebHost.UseUrls(DefaultUrl);
        }

        var body = builder.Configuration["body"] is { } file ? await File.ReadAllBytesAsync(file) : MainMessages.AcsGetAnswer;
        await using var app = builder.Build();
        app.MapPost("/{**path}", () => Results.Bytes(body, "text/xml; charset=utf-8"));
        app.MapGet("/healthcheck", () => Results.Ok(new { status = "ready" }));
        app.Lifetime.ApplicationStarted.Register(() =>
            Console.WriteLine($"Bare endpoint answering every POST with {body.Length} bytes on {string.Join(", ", app.Urls)}"));
        await app.RunAsync();
        return 0;
    }
}
