using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>
/// A tiny Spine on a free loopback port: records every POST and answers with whatever the test set.
/// Deliberately dumb; the real simulator lives elsewhere, and these tests check only the SUT.
/// </summary>
internal sealed class FakeSpine : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<RecordedSpineRequest> received = new();

    private FakeSpine(WebApplication app) => this.app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>
    /// How the fake answers the next requests. The default value answers each interaction with success: AA for a Set,
    /// no assertions (View and Store at Ask) for Get and Has.
    /// </summary>
    public Func<RecordedSpineRequest, SpineReply> Reply { get; set; } = SpineReply.Success();

    /// <summary>
    /// How the fake answers ebXML (multipart) requests, the MHS side. The default value answers 202 with an
    /// Acknowledgment of the message, as Spine answers a reliable request.
    /// </summary>
    public Func<RecordedSpineRequest, SpineReply> MhsReply { get; set; } = MhsReplies.Acknowledge();

    /// <summary>A delay before answering, to make the SUT time out.</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    public IReadOnlyList<RecordedSpineRequest> Received => [.. received];

    public RecordedSpineRequest Single => Received.Count == 1
        ? Received[0]
        : throw new InvalidOperationException($"Expected exactly one request to the fake Spine; it received {Received.Count}.");

    public static async Task<FakeSpine> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var spine = new FakeSpine(app);
        app.MapPost("/{**path}", spine.AnswerAsync);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        spine.BaseAddress = new Uri(address);
        return spine;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private async Task AnswerAsync(HttpContext context)
    {
        using var body = new MemoryStream();
        await context.Request.Body.CopyToAsync(body, context.RequestAborted);
        var request = new RecordedSpineRequest(
            context.Request.Path,
            context.Request.Headers["SOAPAction"].FirstOrDefault(),
            context.Request.Headers.ContentType.FirstOrDefault(),
            body.ToArray());
        received.Enqueue(request);
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, context.RequestAborted);
        }

        var reply = request.IsEbxml ? MhsReply(request) : Reply(request);
        context.Response.StatusCode = reply.StatusCode;
        context.Response.ContentType = reply.ContentType;
        await context.Response.Body.WriteAsync(reply.Body, context.RequestAborted);
    }
}
