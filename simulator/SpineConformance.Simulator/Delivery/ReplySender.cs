using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Delivery;

/// <summary>
/// What one delivery attempt came to: the client's HTTP status (0 when none), the part of its answer kept, the verdict,
/// and whether another attempt could go differently (never, for an endpoint that is not HTTP).
/// </summary>
internal readonly record struct SentReply(int Status, byte[] StoredAnswer, string? AnswerType, DeliveryVerdict Verdict, bool Retriable = true);

/// <summary>
/// Sends one asynchronous reply and judges the answer. It never throws for anything the client or the network does: an
/// endpoint that is not HTTP, a refused connection, a timeout, a redirect (never followed), an answer over
/// <see cref="DeliveryOptions.MaxAnswerBytes"/> (never read further) all come back as a failed verdict saying why.
/// </summary>
internal sealed class ReplySender(IHttpClientFactory httpClients, AcknowledgmentCheck acknowledgments, IOptions<DeliveryOptions> options)
{
    public async Task<SentReply> SendAsync(OutboundMessage message, CancellationToken stoppingToken)
    {
        if (!EndpointAddress.IsHttp(message.Endpoint))
        {
            // Only a data file written before endpoints were checked can hold one; it is given up, never tried.
            return new SentReply(0, [], null, new DeliveryVerdict(false, $"the endpoint {message.Endpoint} is not an http:// or https:// address, so it is not tried"), Retriable: false);
        }

        var settings = options.Value;
        using var attempt = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        attempt.CancelAfter(settings.AttemptTimeout);
        try
        {
            using var content = new ByteArrayContent(message.Body);
            content.Headers.TryAddWithoutValidation("Content-Type", message.ContentType);
            using var request = new HttpRequestMessage(HttpMethod.Post, message.Endpoint) { Content = content };
            request.Headers.TryAddWithoutValidation("SOAPAction", message.SoapAction);
            using var response = await httpClients.CreateClient(DeliveryWorker.HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, attempt.Token);
            var status = (int)response.StatusCode;
            var answerType = response.Content.Headers.ContentType?.ToString();
            var (answer, complete) = await ReadAtMostAsync(response.Content, settings.MaxAnswerBytes, attempt.Token);
            var stored = answer.Length > settings.StoredAnswerBytes ? answer[..settings.StoredAnswerBytes] : answer;
            var verdict = !complete
                ? new DeliveryVerdict(false, $"HTTP {status} with an answer larger than {settings.MaxAnswerBytes} bytes, which was not read further")
                : status is >= 300 and < 400
                    ? new DeliveryVerdict(false, $"HTTP {status} redirecting to {response.Headers.Location?.ToString() ?? "(no Location)"}, which is not followed")
                    : message.AcknowledgmentRequired
                        ? acknowledgments.Check(status, answerType, answer, message.MessageId, message.ConversationId)
                        : new DeliveryVerdict(status is >= 200 and < 300, $"HTTP {status}");
            return new SentReply(status, stored, answerType, verdict);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (OperationCanceledException)
        {
            return Failed($"{message.Endpoint} did not answer within {settings.AttemptTimeout.TotalSeconds:0.###} s");
        }
#pragma warning disable CA1031 // Whatever one endpoint does to one attempt is that attempt's failure, journaled; it must never stop the worker.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return Failed($"could not reach {message.Endpoint}: {ex.Message}");
        }
    }

    private static SentReply Failed(string reason) => new(0, [], null, new DeliveryVerdict(false, reason));

    // Reads up to limit bytes; complete is false when the answer had more.
    private static async Task<(byte[] Answer, bool Complete)> ReadAtMostAsync(HttpContent content, int limit, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken);
        var buffer = new byte[16 * 1024];
        using var read = new MemoryStream();
        int count;
        while ((count = await stream.ReadAsync(buffer, cancellationToken)) > 0)
        {
            read.Write(buffer, 0, (int)Math.Min(count, limit + 1 - read.Length));
            if (read.Length > limit)
            {
                return (read.ToArray()[..limit], false);
            }
        }

        return (read.ToArray(), true);
    }
}
