using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Access;

/// <summary>
/// When <c>Simulator:AdminApiKey</c> is set, every endpoint not marked <see cref="OpenWithoutApiKey"/> (the admin API, its
/// OpenAPI document, the console and its live stream) needs the key: in the <c>X-Api-Key</c> header, or as the console's
/// session cookie. A request without it is a 401 that says what to send; the console's page shows its login form instead.
/// A client that has sent too many wrong keys is answered 429 with <c>Retry-After</c> whatever key it sends
/// (<see cref="WrongKeyThrottle"/>). It runs after routing, so it judges the endpoint a request reaches, not the
/// spelling of its path.
/// </summary>
internal sealed class AdminAccessMiddleware(RequestDelegate next, AdminApiKey key, ConsoleSessions sessions, WrongKeyThrottle throttle, TenantRegistry tenants)
{
    public Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (!key.IsRequired || endpoint is null || endpoint.Metadata.GetMetadata<OpenWithoutApiKey>() is not null)
        {
            return next(context);
        }

        var header = context.Request.Headers[AdminAccessConstants.HeaderName].FirstOrDefault();
        if (header is null && sessions.Caller(context.Request.Cookies[AdminAccessConstants.CookieName]) is { } signedIn)
        {
            return Admit(context, signedIn);
        }

        if (header is not null && throttle.RetryAfter(context.Connection.RemoteIpAddress) is { } wait)
        {
            return TooManyWrongKeys(context, wait);
        }

        if (key.Accepts(header))
        {
            return Admit(context, AdminCaller.Operator);
        }

        if (header is not null && tenants.ByKey(header) is { } tenant)
        {
            return Admit(context, AdminCaller.For(tenant));
        }

        if (header is not null)
        {
            throttle.WrongKey(context.Connection.RemoteIpAddress);
        }

        if (header is null && endpoint.Metadata.GetMetadata<ShowsLoginPage>() is not null)
        {
            return ConsoleLogin.ShowAsync(context, null);
        }

        return Refuse(context, header is null);
    }

    // Who is calling, for the endpoints that scope what they show (Tenants/AdminCaller).
    private Task Admit(HttpContext context, AdminCaller caller)
    {
        context.Features.Set(caller);
        return next(context);
    }

    /// <summary>The answer to a throttled client: 429, and when it may try again.</summary>
    public static Task TooManyWrongKeys(HttpContext context, TimeSpan wait)
    {
        var seconds = (int)Math.Ceiling(wait.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return Results.Problem(
            title: "Too many wrong API keys",
            detail: $"This client has sent too many wrong API keys; its keys are not read for {seconds} s (Retry-After). Send the key the simulator was started with.",
            statusCode: StatusCodes.Status429TooManyRequests).ExecuteAsync(context);
    }

    private static Task Refuse(HttpContext context, bool missing)
    {
        context.Response.Headers.WWWAuthenticate = $"ApiKey header=\"{AdminAccessConstants.HeaderName}\"";
        return Results.Problem(
            title: missing ? "API key required" : "Wrong API key",
            detail: missing
                ? $"This simulator requires its API key for the admin API and console: send the header {AdminAccessConstants.HeaderName} with the key it was started with (--api-key, or Simulator:AdminApiKey), or your tenant's key."
                : $"The {AdminAccessConstants.HeaderName} header does not hold this simulator's key: send the key it was started with (--api-key, or Simulator:AdminApiKey), or your tenant's key.",
            statusCode: StatusCodes.Status401Unauthorized).ExecuteAsync(context);
    }
}
