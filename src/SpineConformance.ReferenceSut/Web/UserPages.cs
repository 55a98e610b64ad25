using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// "Change role profile": work as another user (role profile, SDS user id, job role) in this browser, or go back to the
/// logged-in user. The suite's browser driver uses it for the scenarios about role-based access.
/// </summary>
internal static class UserPages
{
    public const string PagePath = "/user";
    public const string ActAsAction = "/user/act-as";
    public const string LogBackInAction = "/user/log-back-in";

    public static IEndpointRouteBuilder MapUserPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PagePath, (HttpRequest request, IOptions<ReferenceSutOptions> options) => Page(request, options.Value.User, null, null)).WithName("UserPage");
        endpoints.MapPost(ActAsAction, ActAs).WithName("ActAs").DisableAntiforgery();
        endpoints.MapPost(LogBackInAction, (HttpContext http, IOptions<ReferenceSutOptions> options) =>
        {
            http.Response.Cookies.Delete(SessionUser.CookieName);
            return Page(null, options.Value.User, null, "Working as the logged-in user again.");
        }).WithName("LogBackIn").DisableAntiforgery();
        return endpoints;
    }

    private static ContentHttpResult ActAs(
        HttpContext http,
        [FromForm(Name = "roleProfileId")] string? roleProfileId,
        [FromForm(Name = "userId")] string? userId,
        [FromForm(Name = "jobRole")] string? jobRole,
        IOptions<ReferenceSutOptions> options)
    {
        var value = $"{roleProfileId?.Trim()}.{userId?.Trim()}.{jobRole?.Trim()}";
        if (SessionUser.Parse(value) is not { } user)
        {
            return Page(http.Request, options.Value.User, "Enter a 12-digit role profile id, a 12-digit SDS user id and a job role code such as R8000.", null,
                StatusCodes.Status400BadRequest);
        }

        http.Response.Cookies.Append(SessionUser.CookieName, SessionUser.Format(user), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, Path = "/" });
        return Page(null, options.Value.User, null, $"Working as user {user.UserId.Value} (role profile {user.RoleProfileId.Value}, job role {user.JobRole.Value}).", acting: user);
    }

    private static ContentHttpResult Page(
        HttpRequest? request, LoggedInUserOptions loggedIn, string? error, string? done, int status = StatusCodes.Status200OK, Hl7.Wrappers.AuthorPerson? acting = null)
    {
        var current = acting ?? (request is null ? null : SessionUser.ActingUser(request));
        var shown = current is null ? loggedIn : SessionUser.Shown(current, loggedIn);
        var content = $"""
            <section aria-labelledby="act-as-heading">
            <h2 id="act-as-heading">Change role profile</h2>
            <p id="current-user" data-user-id="{PageLayout.Encode(shown.UserId)}" data-role-profile="{PageLayout.Encode(shown.RoleProfileId)}">Working as {PageLayout.Encode(shown.Name)} ({PageLayout.Encode(shown.RoleProfileId)}, {PageLayout.Encode(shown.JobRole)}).</p>
            {(error is null ? string.Empty : $"<p id=\"user-error\" class=\"error\">{PageLayout.Encode(error)}</p>")}
            {(done is null ? string.Empty : $"<p id=\"user-done\">{PageLayout.Encode(done)}</p>")}
            <form method="post" action="{ActAsAction}">
            <p><label for="act-role-profile">Role profile id</label><input id="act-role-profile" name="roleProfileId" type="text" autocomplete="off"></p>
            <p><label for="act-user-id">SDS user id</label><input id="act-user-id" name="userId" type="text" autocomplete="off"></p>
            <p><label for="act-job-role">Job role</label><input id="act-job-role" name="jobRole" type="text" autocomplete="off"></p>
            <p class="actions"><button id="act-as" type="submit">Work as this user</button>
            <button id="log-back-in" type="submit" formaction="{LogBackInAction}">Back to the logged-in user</button></p>
            </form>
            </section>
            """;
        return TypedResults.Content(PageLayout.Render(shown, content), PageLayout.HtmlContentType, statusCode: status);
    }
}
