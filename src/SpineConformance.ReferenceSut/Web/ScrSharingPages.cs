using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>The SUT's user interface: a clinician enters an NHS number and sees the patient's SCR permissions.</summary>
public static class ScrSharingPages
{
    private const string HtmlContentType = "text/html; charset=utf-8";

    public static IEndpointRouteBuilder MapScrSharingPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", Home).WithName("Home");

        // No antiforgery token: this is a test system on loopback with no session or cookies to
        // protect, and the suite's browser driver must be able to post the form as a user would.
        endpoints.MapPost(PermissionsForm.Action, ViewPermissions).WithName("ViewPermissions").DisableAntiforgery();
        return endpoints;
    }

    public static ContentHttpResult Home(IOptions<ReferenceSutOptions> options) =>
        Page(options.Value.User, PermissionsForm.Render());

    public static async Task<ContentHttpResult> ViewPermissions(
        [FromForm(Name = "nhsNumber")] string? nhsNumber,
        AcsClient acs,
        IOptions<ReferenceSutOptions> options,
        CancellationToken cancellationToken)
    {
        var user = options.Value.User;
        if (string.IsNullOrWhiteSpace(nhsNumber))
        {
            return Page(user, PermissionsForm.Render(error: "Enter the patient's NHS number."), StatusCodes.Status400BadRequest);
        }

        var shown = await acs.GetPermissionsAsync(nhsNumber, cancellationToken);
        return Page(user, PermissionsResult.Render(nhsNumber.Trim(), shown) + PermissionsForm.Render(nhsNumber.Trim()));
    }

    private static ContentHttpResult Page(LoggedInUserOptions user, string content, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Content(PageLayout.Render(user, content), HtmlContentType, statusCode: statusCode);
}
