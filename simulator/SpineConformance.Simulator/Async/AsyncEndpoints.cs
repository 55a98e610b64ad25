using SpineConformance.Hl7.Ebxml;
using SpineConformance.Simulator.Access;
using SpineConformance.Simulator.Transport;

namespace SpineConformance.Simulator.Async;

/// <summary>Spine's asynchronous ebXML paths: reliable requests and express ("query") requests (TRANSPORT.md §3.3).</summary>
public static class AsyncEndpoints
{
    public static IEndpointRouteBuilder MapAsyncEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/reliablemessaging/reliablerequest", (HttpContext http, AsyncDispatcher dispatcher, CancellationToken ct) =>
                HandleAsync(http, dispatcher, EbxmlPattern.Reliable, ct))
            .WithName("Reliable request").WithTags("Spine asynchronous ebXML").OpenWithoutApiKey();
        routes.MapPost("/reliablemessaging/queryrequest", (HttpContext http, AsyncDispatcher dispatcher, CancellationToken ct) =>
                HandleAsync(http, dispatcher, EbxmlPattern.Express, ct))
            .WithName("Express request").WithTags("Spine asynchronous ebXML").OpenWithoutApiKey();
        return routes;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, AsyncDispatcher dispatcher, EbxmlPattern pattern, CancellationToken cancellationToken)
    {
        var body = await RequestBody.ReadAsync(http, cancellationToken);
        return !body.IsReadable
            ? await dispatcher.UnreadableAsync(http.Request.Path, http.Request.Headers, body)
            : await dispatcher.DispatchAsync(http.Request.Path, pattern, http.Request.Headers, body.Bytes, cancellationToken);
    }
}
