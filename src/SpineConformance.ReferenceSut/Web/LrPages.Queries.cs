using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using SpineConformance.ReferenceSut.Lr;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>The LR page's synchronous queries: each answers with its outcome, message and, when shown, the result table.</summary>
public static partial class LrPages
{
    private static readonly char[] LineBreaks = ['\r', '\n'];

    private static readonly char[] IdSeparators = [',', ' ', '\t', '\r', '\n'];

    internal static async Task<ContentHttpResult> ConfirmationAsync(
        [AsParameters] LrQueryFields form, LrQueryClient client, HttpRequest request, IOptions<ReferenceSutOptions> options, CancellationToken cancellationToken)
    {
        const string heading = "Is there an active relationship?";
        var problems = new LrFormProblems();
        var nhsNumber = problems.Required("q-nhs-number", form.NhsNumber, "Enter the patient's NHS number.");
        if (problems.Any)
        {
            return Invalid(request, options, form.Values(), heading, problems);
        }

        var shown = await client.ConfirmationAsync(nhsNumber, LrFormControls.IsTicked(form.History), [], SessionUser.ActingUser(request), cancellationToken);
        return Page(request, options, form.Values(), LrQueryResult.Render(heading, shown, result => LrResultTables.Confirmation(nhsNumber, result)));
    }

    internal static async Task<ContentHttpResult> DetailsAsync(
        [AsParameters] LrQueryFields form, LrQueryClient client, HttpRequest request, IOptions<ReferenceSutOptions> options, CancellationToken cancellationToken)
    {
        const string heading = "The patient's relationships";
        var problems = new LrFormProblems();
        var nhsNumber = problems.Required("q-nhs-number", form.NhsNumber, "Enter the patient's NHS number.");
        if (problems.Any)
        {
            return Invalid(request, options, form.Values(), heading, problems);
        }

        var shown = await client.DetailsAsync(new LrDetailsInput(nhsNumber, LrFormControls.IsTicked(form.Complete)), SessionUser.ActingUser(request), cancellationToken);
        return Page(request, options, form.Values(), LrQueryResult.Render(heading, shown, LrResultTables.Details));
    }

    internal static async Task<ContentHttpResult> BatchConfirmationAsync(
        [FromForm(Name = "nhsNumbers")] string? nhsNumbers, LrQueryClient client, HttpRequest request, IOptions<ReferenceSutOptions> options, CancellationToken cancellationToken)
    {
        const string heading = "Active relationships for several patients";
        var values = LrPageValues.Empty with { BatchNhsNumbers = nhsNumbers };
        var problems = new LrFormProblems();

        // One NHS number a line; blank lines (a trailing newline, a gap) are layout, not blank entries.
        var patients = problems.Entries("batch-nhs-numbers", nhsNumbers, LineBreaks, "Enter at least one NHS number, one a line.");
        if (problems.Any)
        {
            return Invalid(request, options, values, heading, problems);
        }

        var shown = await client.BatchConfirmationAsync(patients, [], SessionUser.ActingUser(request), cancellationToken);
        return Page(request, options, values, LrQueryResult.Render(heading, shown, LrResultTables.Batch));
    }

    internal static async Task<ContentHttpResult> UserRoleProfilesAsync(
        [FromForm(Name = "userId")] string? userId, LrQueryClient client, HttpRequest request, IOptions<ReferenceSutOptions> options, CancellationToken cancellationToken)
    {
        const string heading = "The user's role profiles";
        var values = LrPageValues.Empty with { RoleProfilesUserId = userId };
        var problems = new LrFormProblems();
        var user = problems.Required("urp-user-id", userId, "Enter the SDS user id whose role profiles you want.");
        if (problems.Any)
        {
            return Invalid(request, options, values, heading, problems);
        }

        var shown = await client.UserRoleProfilesAsync(user, SessionUser.ActingUser(request), cancellationToken);
        return Page(request, options, values, LrQueryResult.Render(heading, shown, LrResultTables.RoleProfiles));
    }

    internal static async Task<ContentHttpResult> WorkgroupMembersAsync(
        [FromForm(Name = "workgroupIds")] string? workgroupIds, LrQueryClient client, HttpRequest request, IOptions<ReferenceSutOptions> options, CancellationToken cancellationToken)
    {
        const string heading = "Workgroups";
        var values = LrPageValues.Empty with { MembersWorkgroupIds = workgroupIds };
        var problems = new LrFormProblems();
        var workgroups = problems.Entries("wg-members-id", workgroupIds, IdSeparators, "Enter at least one workgroup id.");
        if (problems.Any)
        {
            return Invalid(request, options, values, heading, problems);
        }

        var shown = await client.WorkgroupMembersAsync(workgroups, SessionUser.ActingUser(request), cancellationToken);
        return Page(request, options, values, LrQueryResult.Render(heading, shown, LrResultTables.Workgroups));
    }
}
