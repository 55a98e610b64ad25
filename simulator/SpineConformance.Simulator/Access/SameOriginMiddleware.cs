namespace SpineConformance.Simulator.Access;

/// <summary>
/// A request that changes state in the admin API or the console (any method but GET, HEAD and OPTIONS) must come from
/// the simulator's own pages or from a client that is not a browser. Browsers name the page that made a request in
/// <c>Origin</c> (and <c>Sec-Fetch-Site</c>); a form on another site or another port of 127.0.0.1 would otherwise ride on
/// the console's cookie. Refused with 403, bodyless POSTs included. Spine's own endpoints are not covered: Spine's
/// clients are systems, not browsers.
/// </summary>
internal sealed class SameOriginMiddleware(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || HttpMethods.IsOptions(request.Method) || !Covered(context))
        {
            return next(context);
        }

        var own = $"{request.Scheme}://{request.Host}";
        var origin = request.Headers.Origin.FirstOrDefault();
        var site = request.Headers["Sec-Fetch-Site"].FirstOrDefault();
        var foreign = origin is not null
            ? !string.Equals(origin, own, StringComparison.OrdinalIgnoreCase)
            : site is not null && site is not ("same-origin" or "none");
        if (!foreign)
        {
            return next(context);
        }

        return Results.Problem(
            title: "Cross-origin request refused",
            detail: $"A request that changes the simulator's state must come from its own pages ({own}) or from a client that is not a browser; "
                + $"this one came from {(origin is not null ? $"the origin '{origin}'" : $"a '{site}' page")}.",
            statusCode: StatusCodes.Status403Forbidden).ExecuteAsync(context);
    }

    // The admin API and console: every endpoint that is not open by design, and the console's login and logout forms.
    private static bool Covered(HttpContext context) =>
        context.GetEndpoint() is { } endpoint
        && (endpoint.Metadata.GetMetadata<OpenWithoutApiKey>() is null || endpoint.Metadata.GetMetadata<SameOriginOnly>() is not null);
}

/// <summary>Endpoint metadata: open without the key, but still refused from another origin (the console's login and logout).</summary>
internal sealed class SameOriginOnly
{
    public static SameOriginOnly Instance { get; } = new();
}
