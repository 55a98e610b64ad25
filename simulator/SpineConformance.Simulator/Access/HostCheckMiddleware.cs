using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace SpineConformance.Simulator.Access;

/// <summary>
/// A simulator that listens on loopback only answers requests addressed to a loopback name (<c>localhost</c>,
/// <c>127.0.0.1</c>, <c>[::1]</c>, or a name in <c>Simulator:Access:AllowedHosts</c>). Any web page the developer opens
/// can make the browser resolve its own name to 127.0.0.1 (DNS rebinding) and send requests there; such a request
/// carries the page's name in <c>Host</c>, and is refused here with a 400 before anything else reads it.
/// </summary>
internal sealed class HostCheckMiddleware(RequestDelegate next, IServer server, IOptions<AdminAccessOptions> options)
{
    private static readonly string[] LoopbackNames = ["localhost", "127.0.0.1", "[::1]", "::1"];
    private HashSet<string>? allowed;
    private bool? loopbackOnly;

    public Task InvokeAsync(HttpContext context)
    {
        var host = context.Request.Host.Host;
        if (string.IsNullOrEmpty(host) || !LoopbackOnly() || Allowed().Contains(host))
        {
            return next(context);
        }

        return Results.Problem(
            title: "Unknown host",
            detail: $"This simulator listens on loopback and answers only requests addressed to {string.Join(", ", Allowed().Where(h => h != "::1").Order(StringComparer.Ordinal))}, "
                + $"not '{host}'. To reach it by another name, add that name to Simulator:Access:AllowedHosts.",
            statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(context);
    }

    // Known only once the server listens, so read on the first request.
    private bool LoopbackOnly() => loopbackOnly ??=
        server.Features.Get<IServerAddressesFeature>()?.Addresses is { Count: > 0 } addresses && addresses.All(Hosting.ListeningExposure.IsLoopback);

    private HashSet<string> Allowed() => allowed ??= new HashSet<string>(LoopbackNames.Concat(options.Value.AllowedHosts), StringComparer.OrdinalIgnoreCase);
}
