using System.Text;
using SpineConformance.Simulator.WebConsole;

using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Access;

/// <summary>
/// The console's way in when the simulator requires an API key: a plain HTML form (no script, so the strict CSP holds)
/// that posts the key once; the answer sets an HttpOnly, SameSite=Strict cookie holding a random session token (never
/// the key) that expires, which the browser then sends with the console's pages, its admin API calls and its live
/// stream. A tenant's key signs in as that tenant, and the console then shows only its own. Logging out ends the session at once. Wrong keys count towards the client's throttle like the header's.
/// </summary>
internal static class ConsoleLogin
{
    private const string MessagePlaceholder = "<!--message-->";

    public static IEndpointRouteBuilder MapConsoleLogin(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(AdminAccessConstants.LoginPath, LogInAsync).OpenWithoutApiKey().WithMetadata(SameOriginOnly.Instance).ExcludeFromDescription();
        routes.MapPost(AdminAccessConstants.LogoutPath, LogOut).OpenWithoutApiKey().WithMetadata(SameOriginOnly.Instance).ExcludeFromDescription();
        return routes;
    }

    /// <summary>The login page with HTTP 401; <paramref name="message"/> is the simulator's own words, never anything sent to it.</summary>
    public static async Task ShowAsync(HttpContext context, string? message)
    {
        var page = Encoding.UTF8.GetString(ConsoleAssets.Find("login.html")!.Content).Replace(MessagePlaceholder, message ?? string.Empty, StringComparison.Ordinal);
        ConsoleSecurityHeaders.Set(context.Response);
        context.Response.Headers.CacheControl = "no-store";
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(page, context.RequestAborted);
    }

    private static async Task LogInAsync(HttpContext context, AdminApiKey key, ConsoleSessions sessions, WrongKeyThrottle throttle, TenantRegistry tenants)
    {
        if (key.IsRequired && throttle.RetryAfter(context.Connection.RemoteIpAddress) is { } wait)
        {
            await AdminAccessMiddleware.TooManyWrongKeys(context, wait);
            return;
        }

        var form = context.Request.HasFormContentType ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
        var presented = form?[AdminAccessConstants.LoginField].FirstOrDefault();
        var caller = key.Accepts(presented) ? AdminCaller.Operator
            : presented is not null && tenants.ByKey(presented) is { } tenant ? AdminCaller.For(tenant)
            : null;
        if (key.IsRequired && caller is null)
        {
            throttle.WrongKey(context.Connection.RemoteIpAddress);
            await ShowAsync(context, "That is not this simulator's key. Use the one it was started with.");
            return;
        }

        if (key.IsRequired && caller is not null)
        {
            context.Response.Cookies.Append(AdminAccessConstants.CookieName, sessions.Start(caller), new CookieOptions
            {
                HttpOnly = true,
                SameSite = SameSiteMode.Strict,
                Secure = context.Request.IsHttps,
                Path = "/",
                IsEssential = true,
                MaxAge = sessions.Lifetime,
            });
        }

        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = "/_console/";
    }

    private static IResult LogOut(HttpContext context, ConsoleSessions sessions)
    {
        sessions.End(context.Request.Cookies[AdminAccessConstants.CookieName]);
        context.Response.Cookies.Delete(AdminAccessConstants.CookieName, new CookieOptions { Path = "/", SameSite = SameSiteMode.Strict, HttpOnly = true });
        return Results.Redirect("/_console/", permanent: false);
    }
}
