using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Ebxml;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Tests;

public sealed class ReadmeEbxmlExampleTests
{
    private const string ContentType = "multipart/related; boundary=\"--=_MIME-Boundary\"; type=\"text/xml\"; start=\"<ebXMLHeader@spine.nhs.uk>\"";

    [Test]
    public async Task ReliableExample_AsTheReadmeSendsIt_Gets202AndTheReplyReachesTheRegisteredEndpoint()
    {
        using var mhs = FakeMhs.Start();
        await using var host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?> { ["Simulator:Delivery:ReplyDelay"] = "00:00:00" });
        var directory = host.Services.GetRequiredService<SpineDirectory>();
        directory.Upsert(directory.SystemByAsid("200000000101")! with { MhsEndpoint = mhs.Endpoint.ToString() });
        var body = await File.ReadAllBytesAsync(Path.Combine(AppContext.BaseDirectory, "examples", "create-lr-reliable.msg"));
        using var http = new HttpClient { BaseAddress = host.BaseAddress };
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/reliablemessaging/reliablerequest") { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", "\"urn:nhs:names:services:lrs/REPC_IN010000UK15\"");

        using var response = await http.SendAsync(request);
        var ack = EbxmlSignalReader.Read("text/xml", await response.Content.ReadAsByteArrayAsync()).Acknowledgment;
        var reply = (await mhs.WaitForAsync(1, TimeSpan.FromSeconds(10))).Single().Message.Header;

        Assert.That((int)response.StatusCode, Is.EqualTo(202));
        Assert.That(ack?.RefToMessageId, Is.EqualTo("B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E"));
        Assert.That((reply.Action, reply.RefToMessageId, reply.ConversationId),
            Is.EqualTo(("REPC_IN020000UK13", "B1C2D3E4-F5A6-4B7C-8D9E-0F1A2B3C4D5E", "9A8B7C6D-5E4F-4A3B-8C2D-1E0F9A8B7C6D")));
        var received = host.Journal.Snapshot()[0];
        Assert.That(received.Validation.Errors, Is.Empty, received.Validation.ToString());
    }
}
