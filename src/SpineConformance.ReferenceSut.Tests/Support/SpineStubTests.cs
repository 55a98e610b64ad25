using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using System.Text;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>The WireMock.Net stand-in for Spine: reachable only from this machine, and its request log keeps the exact bytes.</summary>
public sealed class SpineStubTests
{
    [Test]
    public void Start_Always_ListensOnLoopbackOnly()
    {
        using var spine = SpineStub.Start();

        Assert.That(spine.Urls, Is.Not.Empty.And.All.StartsWith("http://127.0.0.1:"));
    }

    [Test]
    public async Task Start_Always_RefusesConnectionsOnOtherInterfaces()
    {
        var other = NetworkInterface.GetAllNetworkInterfaces()
            .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType != NetworkInterfaceType.Loopback)
            .SelectMany(n => n.GetIPProperties().UnicastAddresses)
            .Select(a => a.Address)
            .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a));
        Assume.That(other, Is.Not.Null, "This machine has no non-loopback IPv4 address to try.");
        using var spine = SpineStub.Start();
        using var client = new TcpClient();

        var connect = async () => await client.ConnectAsync(other!, spine.BaseAddress.Port);

        Assert.That(connect, Throws.InstanceOf<SocketException>());
        using var loopback = new TcpClient();
        await loopback.ConnectAsync(IPAddress.Loopback, spine.BaseAddress.Port);
        Assert.That(loopback.Connected, Is.True);
    }

    [Test]
    public async Task Received_PostedSoap_LoggedWithPathHeadersAndExactBytes()
    {
        using var spine = SpineStub.Start();
        using var http = new HttpClient { BaseAddress = spine.BaseAddress };
        var body = Encoding.UTF8.GetBytes("<?xml version=\"1.0\"?>\r\n<x:Envelope xmlns:x=\"urn:e\">é</x:Envelope>");
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", "text/xml; charset=utf-8");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/sync-service") { Content = content };
        request.Headers.TryAddWithoutValidation("SOAPAction", "\"urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01\"");

        using var response = await http.SendAsync(request);

        var received = spine.Single;
        Assert.Multiple(() =>
        {
            Assert.That(received.Path, Is.EqualTo("/sync-service"));
            Assert.That(received.SoapAction, Is.EqualTo("\"urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01\""));
            Assert.That(received.ContentType, Is.EqualTo("text/xml; charset=utf-8"));
            Assert.That(received.Body, Is.EqualTo(body));
        });
    }

    [Test]
    public async Task Reply_SetByTheTest_AnswersWithItsStatusTypeAndBody()
    {
        using var spine = SpineStub.Start();
        spine.Reply = SpineReply.Raw(503, "busy");
        using var http = new HttpClient { BaseAddress = spine.BaseAddress };
        using var content = new StringContent("<x/>", Encoding.UTF8, "text/xml");

        using var response = await http.PostAsync("/anything", content);

        Assert.Multiple(async () =>
        {
            Assert.That((int)response.StatusCode, Is.EqualTo(503));
            Assert.That(response.Content.Headers.ContentType?.MediaType, Is.EqualTo("text/plain"));
            Assert.That(await response.Content.ReadAsStringAsync(), Is.EqualTo("busy"));
        });
    }
}
