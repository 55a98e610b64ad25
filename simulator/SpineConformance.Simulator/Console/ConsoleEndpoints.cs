using Microsoft.AspNetCore.Http.HttpResults;

namespace SpineConformance.Simulator.WebConsole;

/// <summary>
/// The web console at <c>/_console</c>: HTML, CSS and JavaScript embedded in the assembly (no CDN, no build step), and
/// the two admin endpoints only the console needs (the live journal stream and the annotated message view).
/// </summary>
/// <remarks>
/// The namespace is <c>WebConsole</c>, not the folder's <c>Console</c>: a <c>SpineConformance.Simulator.Console</c>
/// namespace would hide <see cref="System.Console"/> from every other folder of the simulator.
/// </remarks>
public static class ConsoleEndpoints
{
    public const string BasePath = "/_console";

    public static IEndpointRouteBuilder MapConsoleEndpoints(this IEndpointRouteBuilder routes)
    {
        var console = routes.MapGroup(BasePath).ExcludeFromDescription().AddEndpointFilter(ConsoleSecurityHeaders.Apply);
        console.MapGet("/", ServeIndex).WithName("ConsoleIndex").WithMetadata(Access.ShowsLoginPage.Instance);
        console.MapGet("/{asset}", ServeAsset).WithName("ConsoleAsset");

        var journal = routes.MapGroup("/admin/journal").WithTags("Simulator admin: console");
        journal.MapGet("/stream", JournalStream.Stream).WithName("StreamJournal").Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .WithDescription("Server-Sent Events: one 'entry' event (a journal summary as JSON, id = journal id) per new exchange. Send Last-Event-ID (or ?after=) to replay what was missed.");
        journal.MapGet("/{id:long}/view", MessageViews.Get).WithName("GetJournalMessageView")
            .WithDescription("A journal entry made readable: both messages pretty-printed, each finding with the lines of its element, correlation ids and related entries.");
        return routes;
    }

    private static IResult ServeIndex(HttpContext context) => Serve(context, ConsoleAssets.IndexName);

    private static IResult ServeAsset(string asset, HttpContext context) => Serve(context, asset);

    private static IResult Serve(HttpContext context, string name)
    {
        if (ConsoleAssets.Find(name) is not { } asset)
        {
            return TypedResults.NotFound();
        }

        // Not fingerprinted, so always revalidate: an upgraded simulator must never run yesterday's script.
        context.Response.Headers.CacheControl = "no-cache";
        context.Response.Headers.ETag = asset.ETag;
        if (context.Request.Headers.IfNoneMatch.Contains(asset.ETag))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        return TypedResults.Bytes(asset.Content, asset.ContentType);
    }
}
