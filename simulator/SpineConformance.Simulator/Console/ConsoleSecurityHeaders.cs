namespace SpineConformance.Simulator.WebConsole;

/// <summary>
/// Headers on every console response. The console shows message content written by whoever sends to the simulator,
/// so even a rendering mistake must not run injected script: only the console's own files may load, nothing inline.
/// </summary>
internal static class ConsoleSecurityHeaders
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; font-src 'self'; "
        + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static ValueTask<object?> Apply(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        Set(context.HttpContext.Response);
        return next(context);
    }

    /// <summary>The same headers on a response the console's endpoints do not write (the login page).</summary>
    public static void Set(HttpResponse response)
    {
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        // same-origin, not no-referrer: under no-referrer the browser sends "Origin: null" with the console's own POSTs,
        // which the state-changing routes must then refuse (Access/SameOriginMiddleware). Other sites still get nothing.
        headers["Referrer-Policy"] = "same-origin";
    }
}
