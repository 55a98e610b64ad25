using System.Collections.Concurrent;
using System.Net;
using System.Text;

namespace SpineConformance.SecondClient.Tests.Support;

/// <summary>
/// Spine in memory: records every request the client sends (path, SOAPAction, Content-Type, body) and answers each with
/// what the test scripted, by default an AA for sync requests and a 202 Acknowledgment for ebXML. Counts requests in
/// flight so a test can see whether two overlapped.
/// </summary>
internal sealed class FakeSpine : HttpMessageHandler
{
    private int inFlight;

    public ConcurrentQueue<SpineRequest> Requests { get; } = new();

    public int MostInFlight { get; private set; }

    /// <summary>How long each answer takes; long enough for overlapping requests to be seen overlapping.</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    public Func<SpineRequest, (HttpStatusCode Status, string Body)> Answer { get; set; } = Default;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var now = Interlocked.Increment(ref inFlight);
        lock (Requests)
        {
            MostInFlight = Math.Max(MostInFlight, now);
        }

        try
        {
            var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
            var recorded = new SpineRequest(
                request.RequestUri!.AbsolutePath,
                request.Headers.TryGetValues("SOAPAction", out var action) ? action.Single() : null,
                request.Content?.Headers.ContentType?.ToString(),
                body);
            Requests.Enqueue(recorded);
            await Task.Delay(Latency, cancellationToken);
            var (status, answer) = Answer(recorded);
            return new HttpResponseMessage(status) { Content = new StringContent(answer, Encoding.UTF8, "text/xml") };
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
        }
    }

    public static (HttpStatusCode, string) Default(SpineRequest request) =>
        request.Path.Contains("reliablemessaging", StringComparison.Ordinal)
            ? (HttpStatusCode.Accepted, SpineAnswers.Acknowledgment)
            : (HttpStatusCode.OK, SpineAnswers.GetAnswer());
}

/// <summary>One request as Spine received it.</summary>
internal sealed record SpineRequest(string Path, string? SoapAction, string? ContentType, string Body);
