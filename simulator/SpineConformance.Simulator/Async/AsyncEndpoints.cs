using SpineConformance.Hl7.Ebxml;
using SpineConformance.Simulator.Sync;

namespace SpineConformance.Simulator.Async;

/// <summary>Spine's asynchronous ebXML paths: reliable requests and express ("query") requests (TRANSPORT.md §3.3).</summary>
public static class AsyncEndpoints
{
    public static IEndpointRouteBuilder MapAsyncEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/reliablemessaging/reliablerequest", (HttpContext http, AsyncDispatcher dispatcher, CancellationToken ct) =>
                HandleAsync(http, dispatcher, EbxmlPattern.Reliable, ct))
            .WithName("Reliable request").WithTags("Spine asynchronous ebXML");
        routes.MapPost("/reliablemessaging/queryrequest", (HttpContext http, AsyncDispatcher dispatcher, CancellationToken ct) =>
                HandleAsync(http, dispatcher, EbxmlPattern.Express, ct))
            .WithName("Express request").WithTags("Spine asynchronous ebXML");
        return routes;
    }

    private static async Task<IResult> HandleAsync(HttpContext http, AsyncDispatcher dispatcher, EbxmlPattern pattern, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, cancellationToken);
        var answer = await dispatcher.DispatchAsync(http.Request.Path, pattern, http.Request.Headers, buffer.ToArray(), cancellationToken);
        return new RawResult(answer.StatusCode, answer.ContentType, answer.Body);
    }

    private sealed class RawResult(int statusCode, string? contentType, byte[] body) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = statusCode;
            if (contentType is not null)
            {
                httpContext.Response.ContentType = contentType;
            }

            httpContext.Response.ContentLength = body.Length;
            await httpContext.Response.Body.WriteAsync(body);
        }
    }
}
