using System.Net.Http.Headers;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Soap;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Client.Tests;

/// <summary>Sends an ACS Get to a simulator as a Spine client does, returning the bytes sent and the answer's status and bytes.</summary>
internal static class SyncPost
{
    public static async Task<(byte[] Sent, int Status, byte[] Answer)> GetAsync(Uri syncServiceUrl, string nhsNumber)
    {
        var sent = SoapEnvelope.ToBytes(SampleRequests.Get(nhsNumber));
        using var http = new HttpClient();
        using var content = new ByteArrayContent(sent);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/xml") { CharSet = "utf-8" };
        using var request = new HttpRequestMessage(HttpMethod.Post, syncServiceUrl) { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", AcsInteractions.Get.Action);
        using var answer = await http.SendAsync(request);
        return (sent, (int)answer.StatusCode, await answer.Content.ReadAsByteArrayAsync());
    }
}
