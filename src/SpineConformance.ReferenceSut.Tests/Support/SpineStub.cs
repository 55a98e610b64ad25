using System.Net;
using WireMock;
using WireMock.Logging;
using WireMock.Matchers;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Settings;
using WireMock.Types;
using WireMock.Util;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>
/// Spine for the reference SUT's tests: a WireMock.Net server on a free 127.0.0.1 port that answers each POST with what
/// the test set, and whose request log is what the tests assert on. Deliberately dumb: the real simulator lives
/// elsewhere, and these tests check only the SUT.
/// </summary>
/// <remarks>
/// Answers are built by our own message builders from the request (Spine echoes the request's ids), so they are WireMock
/// callbacks rather than response templates; WireMock's Scriban templating does not run here anyway.
/// </remarks>
internal sealed class SpineStub : IDisposable
{
    private static readonly Guid SyncMapping = Guid.Parse("5B1E5A7E-0000-4000-8000-000000000001");
    private static readonly Guid MhsMapping = Guid.Parse("5B1E5A7E-0000-4000-8000-000000000002");

    private readonly WireMockServer server;
    private TimeSpan delay = TimeSpan.Zero;

    private SpineStub(WireMockServer server)
    {
        this.server = server;
        Map();
    }

    public Uri BaseAddress => new(server.Url ?? throw new InvalidOperationException("The Spine stub has no address: it did not start."));

    /// <summary>Every address the server listens on; all of them loopback.</summary>
    public IReadOnlyList<string> Urls => server.Urls;

    /// <summary>
    /// How the stub answers SOAP requests. The default value answers each interaction with success: AA for a Set,
    /// no assertions (View and Store at Ask) for Get and Has.
    /// </summary>
    public Func<RecordedSpineRequest, SpineReply> Reply { get; set; } = SpineReply.Success();

    /// <summary>
    /// How the stub answers ebXML (multipart) requests, the MHS side. The default value answers 202 with an
    /// Acknowledgment of the message, as Spine answers a reliable request.
    /// </summary>
    public Func<RecordedSpineRequest, SpineReply> MhsReply { get; set; } = MhsReplies.Acknowledge();

    /// <summary>A delay before answering, to make the SUT time out. The default value is none.</summary>
    public TimeSpan Delay
    {
        get => delay;
        set
        {
            delay = value;
            Map();
        }
    }

    /// <summary>Every request the stub answered, oldest first, read from WireMock's request log.</summary>
    public IReadOnlyList<RecordedSpineRequest> Received => [.. server.LogEntries.Select(Recorded)];

    public RecordedSpineRequest Single => Received.Count == 1
        ? Received[0]
        : throw new InvalidOperationException($"Expected exactly one request to the Spine stub; it received {Received.Count}.");

    public static SpineStub Start() => new(WireMockServer.Start(new WireMockServerSettings
    {
        // WireMock listens on every interface unless told otherwise; port 0 lets the OS choose a free one.
        Urls = ["http://127.0.0.1:0"],
        StartAdminInterface = false,
    }));

    public void Dispose() => server.Dispose();

    // The MHS mapping wins for multipart bodies; everything else is a synchronous SOAP request.
    private void Map()
    {
        server.Given(Request.Create().UsingPost().WithPath(new WildcardMatcher("/*"))
                .WithHeader("Content-Type", new WildcardMatcher("multipart/related*", ignoreCase: true)))
            .WithGuid(MhsMapping).AtPriority(1)
            .RespondWith(Respond(request => MhsReply(request)));
        server.Given(Request.Create().UsingPost().WithPath(new WildcardMatcher("/*")))
            .WithGuid(SyncMapping).AtPriority(2)
            .RespondWith(Respond(request => Reply(request)));
    }

    private IResponseBuilder Respond(Func<RecordedSpineRequest, SpineReply> answer)
    {
        var response = Response.Create().WithCallback(message =>
        {
            var reply = answer(Recorded(message));
            return new ResponseMessage
            {
                StatusCode = reply.StatusCode,
                Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new(reply.ContentType) },
                BodyData = new BodyData { BodyAsBytes = reply.Body, DetectedBodyType = BodyType.Bytes },
            };
        });
        return delay > TimeSpan.Zero ? response.WithDelay(delay) : response;
    }

    private static RecordedSpineRequest Recorded(ILogEntry entry) => Recorded(entry.RequestMessage);

    private static RecordedSpineRequest Recorded(IRequestMessage message) => new(
        message.Path,
        Header(message, "SOAPAction"),
        Header(message, "Content-Type"),
        message.BodyData?.BodyAsBytes ?? []);

    private static string? Header(IRequestMessage message, string name) =>
        message.Headers?.FirstOrDefault(h => string.Equals(h.Key, name, StringComparison.OrdinalIgnoreCase)).Value?.FirstOrDefault();
}
