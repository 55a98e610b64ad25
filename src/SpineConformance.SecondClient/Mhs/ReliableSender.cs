using System.Net.Http.Headers;
using System.Xml.Linq;
using SpineConformance.Hl7.Xml;
using SpineConformance.SecondClient.Wire;

namespace SpineConformance.SecondClient.Mhs;

/// <summary>
/// Sends a reliable message to Spine and resends the same message (same MessageId) after a retriable SOAP fault
/// (200, 206, 208), waiting the retry interval between attempts; never after an ebXML MessageError (TRANSPORT.md §3.6).
/// Every attempt is logged for the test hook.
/// </summary>
internal sealed class ReliableSender(HttpClient http, SecondClientOptions options, MessageStamps stamps, MhsLogs logs, TimeProvider time, ILogger<ReliableSender> log)
{
    private static readonly string[] RetriableCodes = ["200", "206", "208"];

    public async Task<MhsSendAttempt> SendAsync(ReliableMessage message, CancellationToken cancellationToken)
    {
        var envelope = EbxmlEnvelope.Request(message, options.PartyKey, options.SpinePartyKey, options.CpaId, stamps.EbxmlNow());
        var body = MimePackage.Write(
            envelope.Declaration + envelope.ToString(SaveOptions.DisableFormatting),
            $"{message.MessageId}@spine.nhs.uk",
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + message.Hl7.ToString(SaveOptions.DisableFormatting));
        var endpoint = new Uri(options.SpineBaseUrl, options.ReliablePath);
        for (var attempt = 1; ; attempt++)
        {
            var (status, answer, detail) = await PostAsync(endpoint, $"{message.Service}/{message.Interaction}", body, cancellationToken);
            var willRetry = answer == "retriableFault" && attempt <= options.Retries;
            var record = new MhsSendAttempt(message.MessageId, message.ConversationId, message.Interaction, attempt, status, answer, detail, stamps.Now(), willRetry);
            logs.Sent(record);
            log.SentReliable(message.Interaction, message.MessageId, attempt, answer, detail, willRetry);
            if (!willRetry)
            {
                return record;
            }

            await Task.Delay(options.RetryInterval, time, cancellationToken);
        }
    }

    private async Task<(int? Status, string Answer, string Detail)> PostAsync(Uri endpoint, string soapAction, byte[] body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(MimePackage.ContentType);
        request.Headers.TryAddWithoutValidation("SOAPAction", $"\"{soapAction}\"");
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var status = (int)response.StatusCode;
            var (answer, detail) = Classify(status, await response.Content.ReadAsByteArrayAsync(cancellationToken));
            return (status, answer, detail);
        }
        catch (HttpRequestException exception)
        {
            return (null, "unreachable", exception.Message);
        }
    }

    // What Spine's HTTP answer means: an Acknowledgment (accepted), a MessageError (never retried), or a SOAP fault.
    private static (string Answer, string Detail) Classify(int status, byte[] body)
    {
        var document = HardenedXml.Load(body).Document;
        var elements = document?.Descendants().ToList() ?? [];
        var errorList = elements.FirstOrDefault(e => e.Name.LocalName == "ErrorList");
        if (errorList is not null)
        {
            var errors = errorList.Elements().Where(e => e.Name.LocalName == "Error")
                .Select(e => $"{e.Attributes().FirstOrDefault(a => a.Name.LocalName == "errorCode")?.Value} {e.Value.Trim()}".Trim());
            return ("messageError", "ebXML MessageError: " + string.Join("; ", errors));
        }

        if (elements.Any(e => e.Name.LocalName == "Acknowledgment") && status is >= 200 and < 300)
        {
            return ("accepted", $"HTTP {status} with an ebXML Acknowledgment");
        }

        var fault = elements.FirstOrDefault(e => e.Name.LocalName == "Fault");
        if (fault is not null)
        {
            var codes = fault.Descendants().Where(e => e.Name.LocalName == "errorCode").Select(e => e.Value.Trim()).ToList();
            var text = fault.Descendants().FirstOrDefault(e => e.Name.LocalName == "faultstring")?.Value.Trim();
            var kind = codes.Any(c => RetriableCodes.Contains(c)) ? "retriableFault" : "soapFault";
            return (kind, $"SOAP fault {string.Join(",", codes)}: {text}");
        }

        return status == 202 ? ("accepted", "HTTP 202") : ("unexpected", $"HTTP {status} with no Acknowledgment, MessageError or SOAP fault");
    }
}
