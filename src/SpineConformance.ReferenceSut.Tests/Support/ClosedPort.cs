using System.Net;
using System.Net.Sockets;

namespace SpineConformance.ReferenceSut.Tests.Support;

/// <summary>An address where nothing listens, for testing an unreachable Spine.</summary>
internal static class ClosedPort
{
    public static string LoopbackUrl()
    {
        // Take a free port from the OS and release it: nothing is listening there afterwards.
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }
}
