using System.Text;
using SpineConformance.Hl7.Soap;
using SpineConformance.Hl7.Xml;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Testing;

namespace SpineConformance.Simulator.Tests.Transport;

/// <summary>A body over Simulator:MaxRequestBodyBytes is refused with a 413 that says so, on both transports, and journaled.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class BodySizeLimitTests
{
    private const int Limit = 4096;

    // With a Content-Length over the limit Kestrel refuses before reading a byte; a chunked body is refused as it arrives.
    [TestCase("/sync-service", "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01", false)]
    [TestCase("/sync-service", "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01", true)]
    [TestCase("/reliablemessaging/reliablerequest", "urn:nhs:names:services:lrs/REPC_IN010000UK15", false)]
    [TestCase("/reliablemessaging/reliablerequest", "urn:nhs:names:services:lrs/REPC_IN010000UK15", true)]
    public async Task ABodyOverTheLimit_Is413WithASoapFaultNamingTheLimit_AndIsJournaled(string path, string soapAction, bool chunked)
    {
        await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:MaxRequestBodyBytes"] = "4096" });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        var oversized = Encoding.UTF8.GetBytes("<soap:Envelope>" + new string('x', Limit * 4) + "</soap:Envelope>");

        using var response = await PostAsync(http, path, soapAction, oversized, chunked);
        var body = await response.Content.ReadAsByteArrayAsync();

        Assert.That((int)response.StatusCode, Is.EqualTo(413));
        var fault = SoapFault.Read(HardenedXml.Load(body, 1 << 20).Document!);
        Assert.That(fault?.Errors.Single().Description, Does.Contain($"larger than the simulator accepts ({Limit} bytes; Simulator:MaxRequestBodyBytes)"));
        var entry = host.Journal.Snapshot().Single();
        Assert.That((entry.StatusCode, entry.Outcome), Is.EqualTo((413, "HTTP 413: body too large")));
        Assert.That(entry.RequestBody, Is.Empty, "an oversized body is never held, so not kept");
        Assert.That(entry.Validation.Errors.Single().Message, Does.Contain("larger than the simulator accepts"));
        Assert.That(entry.SoapAction, Is.EqualTo(soapAction), "what the journal can say of it: where, when, which action");
    }

    // The header is only the sender's word: a Content-Length of 2 GB with no body behind it is refused at once, without
    // the simulator reserving memory for it (an array of int.MaxValue bytes cannot even be made).
    [TestCase(2_000_000_000L)]
    [TestCase(int.MaxValue)]
    public async Task AHugeDeclaredContentLength_Is413AtOnce_WithoutTheBodyBeingSent(long declared)
    {
        await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:MaxRequestBodyBytes"] = "4096" });
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(host.BaseAddress.Host, host.BaseAddress.Port);
        var stream = tcp.GetStream();
        var head = "POST /sync-service HTTP/1.1\r\n" +
            $"Host: {host.BaseAddress.Authority}\r\n" +
            "Content-Type: text/xml; charset=utf-8\r\n" +
            "SOAPAction: urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01\r\n" +
            $"Content-Length: {declared}\r\n\r\n<soap:Envelope>";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(head));

        using var reader = new StreamReader(stream, Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(30));

        Assert.That(statusLine, Does.StartWith("HTTP/1.1 413"));
        Assert.That(host.Journal.Snapshot().Single().StatusCode, Is.EqualTo(413), "the refusal is journaled like any other");
    }

    [Test]
    public async Task ABodyWithinTheLimit_IsAnsweredAsUsual_AfterAnOversizedOne()
    {
        await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:MaxRequestBodyBytes"] = "65536" });
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        const string action = "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01";

        using var refused = await PostAsync(http, "/sync-service", action, new byte[70_000]);
        using var answered = await PostAsync(http, "/sync-service", action, SoapEnvelope.ToBytes(SampleRequests.Get(Some.NhsNumber().Value)));

        Assert.That(((int)refused.StatusCode, (int)answered.StatusCode), Is.EqualTo((413, 200)));
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient http, string path, string soapAction, byte[] body, bool chunked = false)
    {
        HttpContent content = chunked ? new StreamContent(new MemoryStream(body)) : new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", soapAction);
        request.Headers.TransferEncodingChunked = chunked;
        // A Content-Length over the limit is refused before the upload, so the client's write never meets a closed connection.
        request.Headers.ExpectContinue = !chunked;
        return http.SendAsync(request);
    }
}
