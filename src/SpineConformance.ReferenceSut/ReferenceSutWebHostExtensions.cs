using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;

namespace SpineConformance.ReferenceSut;

/// <summary>Where the standalone SUT listens.</summary>
public static class ReferenceSutWebHostExtensions
{
    /// <summary>
    /// Listens on <see cref="ReferenceSutConstants.DefaultUrl"/> unless <c>--urls</c>, <c>ASPNETCORE_URLS</c>
    /// or <c>ASPNETCORE_HTTP_PORTS</c> says otherwise; Kestrel's own default (all interfaces, port 5000) would
    /// collide with the simulator.
    /// </summary>
    public static IWebHostBuilder UseReferenceSutDefaultUrl(this IWebHostBuilder webHost, IConfiguration configuration)
    {
        var configured = configuration[WebHostDefaults.ServerUrlsKey] is { Length: > 0 }
            || configuration[WebHostDefaults.HttpPortsKey] is { Length: > 0 }
            || configuration[WebHostDefaults.HttpsPortsKey] is { Length: > 0 };
        return configured ? webHost : webHost.UseUrls(ReferenceSutConstants.DefaultUrl);
    }
}
