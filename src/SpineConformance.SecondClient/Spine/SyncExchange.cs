using System.Net.Http.Headers;
using System.Text;
using System.Xml.Linq;
using SpineConformance.SecondClient.Wire;

namespace SpineConformance.SecondClient.Spine;

/// <summary>
/// Posts one synchronous request and brings back what Spine answered, as bytes. The SOAPAction is sent quoted, as SOAP 1.1
/// writes it; the body is UTF-8 <c>text/xml</c> with its charset named.
/// </summary>
internal sealed class SyncExchange(HttpClient http, ILogger<SyncExchange> log)
{
    public async Task<SyncAnswer> SendAsync(SoapRequest request, CancellationToken cancellationToken)
    {
        var bytes = Encoding.UTF8.GetBytes(request.Envelope.Declaration + request.Envelope.ToString(SaveOptions.DisableFormatting));
        using var message = new HttpRequestMessage(HttpMethod.Post, request.Endpoint)
        {
            Content = new ByteArrayContent(bytes),
        };
        message.Content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        message.Headers.TryAddWithoutValidation("SOAPAction", $"\"{request.Action}\"");
        try
        {
            using var response = await http.SendAsync(message, cancellationToken);
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            log.SentSync(request.Action, request.MessageId, request.Endpoint, (int)response.StatusCode);
            return new SyncAnswer((int)response.StatusCode, body, null);
        }
        catch (HttpRequestException exception)
        {
            log.Unreachable(request.Endpoint, request.Action, exception.Message);
            return new SyncAnswer(null, [], $"Spine could not be reached at {request.Endpoint}: {exception.Message}");
        }
    }
}

/// <summary>What came back: the HTTP status and body, or why nothing did.</summary>
internal sealed record SyncAnswer(int? Status, byte[] Body, string? Unreachable);
