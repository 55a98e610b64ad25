using System.Net.Sockets;
using System.Text;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Tests.Transport;

/// <summary>A body Kestrel cannot read (here, broken chunked framing) is answered with what was wrong and journaled, never an unhandled error.</summary>
[Parallelizable(ParallelScope.All)]
public sealed class UnreadableBodyTests
{
    [TestCase("/sync-service", "urn:nhs:names:services:lrsquery/GET_RESOURCE_PERMISSIONS_INUK01")]
    [TestCase("/reliablemessaging/reliablerequest", "urn:nhs:names:services:lrs/REPC_IN010000UK15")]
    public async Task BrokenChunking_Is400WithASoapFaultSayingTheBodyCouldNotBeRead_AndIsJournaled(string path, string soapAction)
    {
        var logs = new CapturedLogs();
        await using var host = await SpineSimulatorHost.StartAsync(logs: logs);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(host.BaseAddress.Host, host.BaseAddress.Port);
        var stream = tcp.GetStream();
        var request = $"POST {path} HTTP/1.1\r\nHost: {host.BaseAddress.Authority}\r\nContent-Type: text/xml; charset=utf-8\r\nSOAPAction: {soapAction}\r\n"
            + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\nzz-not-a-chunk-size\r\n<soap/>\r\n0\r\n\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var answer = await reader.ReadToEndAsync();

        Assert.That(answer, Does.StartWith("HTTP/1.1 400"));
        Assert.That(answer, Does.Contain("The request body could not be read"));
        var entry = await host.Journal.WaitForAsync(e => e.Path == path, TimeSpan.FromSeconds(10));
        Assert.That((entry.StatusCode, entry.Outcome), Is.EqualTo((400, "HTTP 400: body not read")));
        Assert.That(logs.ProblemsSince(0), Is.Empty, "nothing is logged as an unhandled error");
    }
}
