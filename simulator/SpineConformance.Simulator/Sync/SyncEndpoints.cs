using SpineConformance.Simulator.Access;
using SpineConformance.Simulator.Transport;

namespace SpineConformance.Simulator.Sync;

/// <summary>Spine's synchronous SOAP paths. All dispatch on the <c>SOAPAction</c> header, as Spine does.</summary>
public static class SyncEndpoints
{
    /// <summary>The paths seen in public configuration (TRANSPORT.md §1.1).</summary>
    public static IReadOnlyList<string> Paths { get; } = ["/sync-service", "/syncservice-lrs/acf"];

    public static IEndpointRouteBuilder MapSyncEndpoints(this IEndpointRouteBuilder routes)
    {
        foreach (var path in Paths)
        {
            routes.MapPost(path, HandleAsync)
                .WithName("Sync " + path)
                .WithTags("Spine synchronous SOAP")
                .OpenWithoutApiKey()
                .Produces(StatusCodes.Status200OK, contentType: "text/xml")
                .Produces(StatusCodes.Status413PayloadTooLarge, contentType: "text/xml")
                .Produces(StatusCodes.Status500InternalServerError, contentType: "text/xml");
        }

        return routes;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, SyncDispatcher dispatcher, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(http, cancellationToken);
        return !body.IsReadable
            ? await dispatcher.UnreadableAsync(http.Request.Path, http.Request.Headers, body)
            : await dispatcher.DispatchAsync(http.Request.Path, http.Request.Headers, body.Bytes, cancellationToken);
    }
}
