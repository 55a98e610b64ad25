using System.Xml.Linq;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Hl7.Soap;

namespace SpineConformance.Simulator.Tests;

/// <summary>
/// Posts a sync SOAP request or an ebXML reliable message to a simulator over any <see cref="HttpClient"/> (a standalone
/// process's too), giving back the status and the raw answer: for load tests that decide for themselves what an answer means.
/// </summary>
internal static class WirePosts
{
    public static async Task<(int Status, byte[] Body)> PostSyncAsync(HttpClient http, XDocument request, string soapAction, CancellationToken stop)
    {
        using var content = new ByteArrayContent(SoapEnvelope.ToBytes(request));
        content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        using var message = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
        message.Headers.TryAddWithoutValidation("SOAPAction", soapAction);
        using var response = await http.SendAsync(message, stop);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(stop));
    }

    public static async Task<(int Status, byte[] Body)> PostEbxmlAsync(HttpClient http, EbxmlHttpMessage wire, CancellationToken stop)
    {
        using var content = new ByteArrayContent(wire.Body.ToArray());
        content.Headers.TryAddWithoutValidation("Content-Type", wire.ContentType);
        using var message = new HttpRequestMessage(HttpMethod.Post, "/reliablemessaging/reliablerequest") { Content = content };
        message.Headers.TryAddWithoutValidation("SOAPAction", wire.SoapAction);
        using var response = await http.SendAsync(message, stop);
        return ((int)response.StatusCode, await response.Content.ReadAsByteArrayAsync(stop));
    }
}
