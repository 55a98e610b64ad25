using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpineConformance.Hl7.Ebxml;

namespace SpineConformance.Simulator.Tests;

/// <summary>
/// A client's MHS inbound endpoint for tests: records every message Spine sends it and answers with an ebXML
/// Acknowledgment, or (when told) with nothing useful, so the simulator's retries can be seen.
/// </summary>
internal sealed class FakeMhs : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<EbxmlReadResult> received = new();
    private readonly SemaphoreSlim arrived = new(0);

    private FakeMhs(WebApplication app) => this.app = app;

    public Uri Endpoint { get; private set; } = null!;

    /// <summary>When false, the MHS answers 200 with an empty body: no acknowledgement.</summary>
    public bool Acknowledge { get; set; } = true;

    public IReadOnlyList<EbxmlReadResult> Received => [.. received];

    public static async Task<FakeMhs> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        var app = builder.Build();
        var mhs = new FakeMhs(app);
        app.MapPost("/inbound", async (HttpContext http) =>
        {
            using var buffer = new MemoryStream();
            await http.Request.Body.CopyToAsync(buffer);
            var read = EbxmlReader.Read(http.Request.ContentType, buffer.ToArray());
            mhs.received.Enqueue(read);
            mhs.arrived.Release();
            if (!mhs.Acknowledge)
            {
                return Results.Ok();
            }

            var ack = EbxmlAcknowledgment.For(read.Message.Header, "ACK" + read.Message.Header.MessageId[3..], "2026-11-22T10:15:01Z").ToHttp();
            return Results.Bytes(ack.Body.ToArray(), "text/xml");
        });
        await app.StartAsync();
        mhs.Endpoint = new Uri(new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First()), "/inbound");
        return mhs;
    }

    /// <summary>Waits until <paramref name="count"/> messages have arrived, or fails after the timeout.</summary>
    public async Task<IReadOnlyList<EbxmlReadResult>> WaitForAsync(int count, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (received.Count < count)
        {
            try
            {
                await arrived.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Expected {count} message(s) at the fake MHS within {timeout.TotalSeconds} s; {received.Count} arrived.");
            }
        }

        return Received;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        arrived.Dispose();
    }
}
