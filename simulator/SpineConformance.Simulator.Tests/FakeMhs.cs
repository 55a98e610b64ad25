using System.Net;
using System.Net.Sockets;
using SpineConformance.Hl7.Ebxml;
using WireMock;
using WireMock.Logging;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace SpineConformance.Simulator.Tests;

/// <summary>
/// A client's MHS inbound endpoint for tests: a WireMock.Net server on 127.0.0.1 that answers at <c>/inbound</c> with an
/// ebXML Acknowledgment of what it received, or (when told) with nothing useful, so the simulator's retries can be seen.
/// What arrived is read from WireMock's request log, so a test sees every request, whatever its path or method.
/// Tests that need another answer (a redirect, a huge body, no answer) add their own mappings to <see cref="Server"/>.
/// </summary>
internal sealed class FakeMhs : IDisposable
{
    public const string InboundPath = "/inbound";
    private readonly SemaphoreSlim arrived = new(0);

    private FakeMhs(WireMockServer server)
    {
        Server = server;
        Server.LogEntriesChanged += (_, _) => arrived.Release();
        Endpoint = new Uri(new Uri(server.Url!), InboundPath);
    }

    public WireMockServer Server { get; }

    public Uri Endpoint { get; }

    /// <summary>When false, the MHS answers 200 with an empty body: no acknowledgement.</summary>
    public bool Acknowledge { get; set; } = true;

    /// <summary>Every request WireMock logged, in order of arrival.</summary>
    public IReadOnlyList<ILogEntry> Requests => [.. Server.LogEntries.OrderBy(e => e.RequestMessage.DateTime)];

    /// <summary>The ebXML messages posted to <see cref="InboundPath"/>, read from the request log.</summary>
    public IReadOnlyList<EbxmlReadResult> Received =>
        [.. Requests.Where(e => e.RequestMessage.Path == InboundPath && e.RequestMessage.Method == "POST").Select(e => Read(e.RequestMessage))];

    /// <summary>The ebXML messages posted to <see cref="InboundPath"/>, each with when it arrived (UTC).</summary>
    public IReadOnlyList<(EbxmlReadResult Message, DateTime At)> ReceivedAt =>
        [.. Requests.Where(e => e.RequestMessage.Path == InboundPath && e.RequestMessage.Method == "POST")
            .Select(e => (Read(e.RequestMessage), e.RequestMessage.DateTime.Kind == DateTimeKind.Local ? e.RequestMessage.DateTime.ToUniversalTime() : DateTime.SpecifyKind(e.RequestMessage.DateTime, DateTimeKind.Utc)))];

    /// <summary>
    /// An MHS that acknowledges every message (unless <see cref="Acknowledge"/> is turned off), each after
    /// <paramref name="answerDelay"/> when given (a busy MHS, so a sender has deliveries in flight).
    /// </summary>
    public static FakeMhs Start(TimeSpan? answerDelay = null)
    {
        var mhs = StartBare();
        var answer = Response.Create().WithCallback(mhs.Answer);
        mhs.Server.Given(Request.Create().WithPath(InboundPath).UsingPost()).RespondWith(answerDelay is { } delay ? answer.WithDelay(delay) : answer);
        return mhs;
    }

    /// <summary>A server with no mappings: the test says how it answers.</summary>
    public static FakeMhs StartBare() =>
        new(WireMockServer.Start(new WireMockServerSettings { Urls = [$"http://127.0.0.1:{FreeLoopbackPort()}"] }));

    /// <summary>Waits until <paramref name="count"/> messages have arrived, or fails after the timeout.</summary>
    public async Task<IReadOnlyList<EbxmlReadResult>> WaitForAsync(int count, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (Received.Count < count)
        {
            try
            {
                await arrived.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail($"Expected {count} message(s) at the fake MHS within {timeout.TotalSeconds} s; {Received.Count} arrived.");
            }
        }

        return Received;
    }

    public void Dispose()
    {
        Server.Stop();
        Server.Dispose();
        arrived.Dispose();
    }

    private static EbxmlReadResult Read(IRequestMessage request) =>
        EbxmlReader.Read(
            request.Headers?.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault(),
            request.BodyAsBytes ?? []);

    private ResponseMessage Answer(IRequestMessage request)
    {
        if (!Acknowledge)
        {
            return new ResponseMessage { StatusCode = 200 };
        }

        var header = Read(request).Message.Header;
        var ack = EbxmlAcknowledgment.For(header, "ACK" + header.MessageId[3..], "2026-11-22T10:15:01Z").ToHttp();
        return new ResponseMessage
        {
            StatusCode = 200,
            Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("text/xml") },
            BodyData = new BodyData { BodyAsBytes = ack.Body.ToArray(), DetectedBodyType = BodyType.Bytes },
        };
    }

    private static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
