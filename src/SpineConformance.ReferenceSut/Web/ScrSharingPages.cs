using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// The SUT's user interface: a clinician enters an NHS number, then views the patient's SCR permissions, checks
/// whether permission exists, or records the patient's sharing decision. Everything runs as the browser's user
/// (<see cref="SessionUser"/>): the logged-in user unless another role profile was chosen on the user page.
/// The legitimate relationships page (<see cref="LrPages"/>) is mapped with it, so the pages link to each other.
/// </summary>
public static class ScrSharingPages
{
    public static IEndpointRouteBuilder MapScrSharingPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", Home).WithName("Home");

        // No antiforgery token: this is a test system on loopback with no session or cookies to
        // protect, and the suite's browser driver must be able to post the form as a user would.
        endpoints.MapPost(PermissionsForm.ViewAction, ViewPermissions).WithName("ViewPermissions").DisableAntiforgery();
        endpoints.MapPost(PermissionsForm.CheckAction, CheckPermissions).WithName("CheckPermissions").DisableAntiforgery();
        endpoints.MapPost(PermissionsForm.DecisionAction, RecordDecision).WithName("RecordDecision").DisableAntiforgery();
        endpoints.MapLrPages();
        endpoints.MapUserPages();
        endpoints.MapMhsPages();
        return endpoints;
    }

    public static ContentHttpResult Home(HttpRequest request, IOptions<ReferenceSutOptions> options) =>
        Page(SessionUser.Shown(request, options.Value.User), PermissionsForm.Render());

    public static async Task<ContentHttpResult> ViewPermissions(
        HttpRequest request,
        [FromForm(Name = "nhsNumber")] string? nhsNumber,
        AcsClient acs,
        IOptions<ReferenceSutOptions> options,
        CancellationToken cancellationToken)
    {
        var user = SessionUser.Shown(request, options.Value.User);
        if (string.IsNullOrWhiteSpace(nhsNumber))
        {
            return MissingNhsNumber(user);
        }

        var shown = await acs.GetPermissionsAsync(nhsNumber, SessionUser.ActingUser(request), cancellationToken);
        return Page(user, PermissionsResult.Render(PermissionsResult.ViewHeading, nhsNumber.Trim(), shown) + PermissionsForm.Render(nhsNumber.Trim()));
    }

    public static async Task<ContentHttpResult> CheckPermissions(
        HttpRequest request,
        [FromForm(Name = "nhsNumber")] string? nhsNumber,
        AcsClient acs,
        IOptions<ReferenceSutOptions> options,
        CancellationToken cancellationToken)
    {
        var user = SessionUser.Shown(request, options.Value.User);
        if (string.IsNullOrWhiteSpace(nhsNumber))
        {
            return MissingNhsNumber(user);
        }

        var shown = await acs.HasPermissionsAsync(nhsNumber, SessionUser.ActingUser(request), cancellationToken);
        return Page(user, PermissionsResult.Render(PermissionsResult.CheckHeading, nhsNumber.Trim(), shown) + PermissionsForm.Render(nhsNumber.Trim()));
    }

    public static async Task<ContentHttpResult> RecordDecision(
        HttpRequest request,
        [FromForm(Name = "nhsNumber")] string? nhsNumber,
        [FromForm(Name = "decision")] string? decision,
        AcsClient acs,
        IOptions<ReferenceSutOptions> options,
        CancellationToken cancellationToken)
    {
        var user = SessionUser.Shown(request, options.Value.User);
        if (string.IsNullOrWhiteSpace(nhsNumber))
        {
            return MissingNhsNumber(user);
        }

        if (!SharingDecisionNames.TryParse(decision, out var chosen))
        {
            var error = string.IsNullOrWhiteSpace(decision)
                ? "Choose the patient's decision: express consent, express dissent or ask for consent."
                : $"'{decision}' is not a decision; choose express consent, express dissent or ask for consent.";
            return Page(user, PermissionsForm.Render(nhsNumber.Trim(), error), StatusCodes.Status400BadRequest);
        }

        var shown = await acs.RecordDecisionAsync(nhsNumber, chosen, SessionUser.ActingUser(request), cancellationToken);
        return Page(user, DecisionResult.Render(nhsNumber.Trim(), shown) + PermissionsForm.Render(nhsNumber.Trim(), decision: chosen));
    }

    private static ContentHttpResult MissingNhsNumber(LoggedInUserOptions user) =>
        Page(user, PermissionsForm.Render(error: "Enter the patient's NHS number."), StatusCodes.Status400BadRequest);

    private static ContentHttpResult Page(LoggedInUserOptions user, string content, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Content(PageLayout.Render(user, content), PageLayout.HtmlContentType, statusCode: statusCode);
}
