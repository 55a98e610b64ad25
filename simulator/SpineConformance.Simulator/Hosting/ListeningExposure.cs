using System.Net;

namespace SpineConformance.Simulator.Hosting;

/// <summary>
/// Whether the simulator can be reached from other machines, and what the banner says about it: a journal holds every
/// message sent to it, and the admin API changes state, so listening beyond loopback with no API key deserves a warning.
/// </summary>
public static class ListeningExposure
{
    /// <summary>True for an address only this machine can reach: 127.0.0.0/8, ::1 or localhost.</summary>
    public static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host.Trim('[', ']');
        return host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>The banner's warning, or <see langword="null"/> when every address is loopback or an API key is required.</summary>
    public static string? Warning(IEnumerable<string> addresses, bool apiKeyRequired)
    {
        var exposed = addresses.Where(a => !IsLoopback(a)).ToList();
        return exposed.Count == 0 || apiKeyRequired
            ? null
            : $"WARNING: listening beyond this machine ({string.Join(", ", exposed)}) with no API key: anyone who can reach it can read "
              + "every message in the journal and change the simulator's state. Add --api-key KEY (the admin API then needs the X-Api-Key "
              + "header and the console asks for the key), or listen on 127.0.0.1 only.";
    }
}
