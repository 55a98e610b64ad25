using Microsoft.AspNetCore.Http;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Hl7.Wrappers;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// Who is working in this browser: the logged-in user, or another role profile chosen on the user page (as a clinician
/// picks a role profile at smartcard log-in). The choice lives in one cookie for the browser session; every page
/// action is made, and RBAC-checked, as that user.
/// </summary>
internal static class SessionUser
{
    public const string CookieName = "sut-acting-user";

    /// <summary>The user chosen for this browser, or <see langword="null"/> for the logged-in user.</summary>
    public static AuthorPerson? ActingUser(HttpRequest request) =>
        request.Cookies.TryGetValue(CookieName, out var value) && Parse(value) is { } user ? user : null;

    /// <summary>The user the page header shows.</summary>
    public static LoggedInUserOptions Shown(HttpRequest request, LoggedInUserOptions loggedIn) =>
        ActingUser(request) is { } acting ? Shown(acting, loggedIn) : loggedIn;

    public static LoggedInUserOptions Shown(AuthorPerson acting, LoggedInUserOptions loggedIn) => new()
    {
        Name = $"{loggedIn.Name}, acting as user {acting.UserId.Value}",
        RoleProfileId = acting.RoleProfileId.Value,
        UserId = acting.UserId.Value,
        JobRole = acting.JobRole.Value,
    };

    public static string Format(AuthorPerson user) => $"{user.RoleProfileId.Value}.{user.UserId.Value}.{user.JobRole.Value}";

    public static AuthorPerson? Parse(string? value)
    {
        var parts = value?.Split('.') ?? [];
        if (parts.Length != 3)
        {
            return null;
        }

        var roleProfile = SdsRoleProfileId.Parse(parts[0]);
        var userId = SdsUserId.Parse(parts[1]);
        var jobRole = JobRoleCode.Parse(parts[2]);
        return roleProfile.Success && userId.Success && jobRole.Success ? new AuthorPerson(roleProfile.Value, userId.Value, jobRole.Value) : null;
    }
}
