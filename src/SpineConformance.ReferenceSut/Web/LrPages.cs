using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using SpineConformance.Hl7.Lr;
using SpineConformance.ReferenceSut.Lr;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.Web;

/// <summary>
/// The legitimate relationships page (<c>/lr</c>): request an LR, change its status, query LRs, and administer workgroup
/// membership, always as the logged-in user. An asynchronous request waits a while for Spine's reply, so the user sees
/// the business outcome; if none arrives in time the page says <c>pending</c> and links to the outcome page.
/// </summary>
public static partial class LrPages
{
    /// <summary>
    /// How long a form waits, on the SUT's clock, for Spine's reply to an asynchronous request: long enough for a
    /// simulator's reply, short enough that a browser is not left hanging when a scenario withholds it.
    /// </summary>
    public static readonly TimeSpan ReplyWait = TimeSpan.FromSeconds(10);

    private static readonly Dictionary<string, string> CreateRuleFields = new(StringComparer.Ordinal)
    {
        ["accessReason"] = "lr-access-reason",
        ["justification"] = "lr-justification",
        ["expiresAt"] = "lr-expires-at",
    };

    public static IEndpointRouteBuilder MapLrPages(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LrForms.PagePath, Home).WithName("LrHome");
        endpoints.MapGet(LrForms.OutcomesPath + "/{conversationId}", Outcome).WithName("LrOutcome");

        // No antiforgery token, as on the SCR page: a test system on loopback with no session or cookies to protect,
        // whose forms the suite's browser driver must be able to post as a user would.
        endpoints.MapPost(LrForms.CreateAction, CreateAsync).WithName("LrCreate").DisableAntiforgery();
        endpoints.MapPost(LrForms.StatusChangeAction, StatusChangeAsync).WithName("LrStatusChange").DisableAntiforgery();
        endpoints.MapPost(LrForms.ConfirmationAction, ConfirmationAsync).WithName("LrConfirmation").DisableAntiforgery();
        endpoints.MapPost(LrForms.DetailsAction, DetailsAsync).WithName("LrDetails").DisableAntiforgery();
        endpoints.MapPost(LrForms.BatchConfirmationAction, BatchConfirmationAsync).WithName("LrBatchConfirmation").DisableAntiforgery();
        endpoints.MapPost(LrForms.UserRoleProfilesAction, UserRoleProfilesAsync).WithName("LrUserRoleProfiles").DisableAntiforgery();
        endpoints.MapPost(LrForms.WorkgroupAddAction, AddToWorkgroupAsync).WithName("LrWorkgroupAdd").DisableAntiforgery();
        endpoints.MapPost(LrForms.WorkgroupRemoveAction, RemoveFromWorkgroupAsync).WithName("LrWorkgroupRemove").DisableAntiforgery();
        endpoints.MapPost(LrForms.WorkgroupMembersAction, WorkgroupMembersAsync).WithName("LrWorkgroupMembers").DisableAntiforgery();
        return endpoints;
    }

    internal static ContentHttpResult Home(HttpRequest request, IOptions<ReferenceSutOptions> options) => Page(request, options, LrPageValues.Empty, string.Empty);

    /// <summary>The outcome of an asynchronous request as it stands now: the link a pending answer offers.</summary>
    internal static ContentHttpResult Outcome(string conversationId, LrConversations conversations, HttpRequest request, IOptions<ReferenceSutOptions> options)
    {
        if (conversations.Find(conversationId) is not { } conversation)
        {
            return Page(request, options, LrPageValues.Empty, LrOutcomeResult.Unknown(conversationId), StatusCodes.Status404NotFound);
        }

        return Page(request, options, LrPageValues.Empty, LrOutcomeResult.Business($"Outcome of {conversation.Interaction.InteractionId}", conversation.Current(), conversation.MessageId));
    }

    internal static async Task<ContentHttpResult> CreateAsync(
        [AsParameters] LrCreateFields form, LrRequestClient client, LrConversations conversations, HttpRequest request, IOptions<ReferenceSutOptions> options, CancellationToken cancellationToken)
    {
        const string heading = "Request a legitimate relationship";
        var problems = new LrFormProblems();
        var nhsNumber = problems.Required("lr-nhs-number", form.NhsNumber, "Enter the patient's NHS number.");
        var lrType = problems.Code("lr-type", LrVocabulary.LrType, form.LrType, "the relationship type");
        var accessReason = problems.OptionalCode("lr-access-reason", LrVocabulary.AccessReasonCode, form.AccessReason, "an access reason");
        var expiresAt = Trimmed(form.ExpiresAt);
        foreach (var (field, problem) in LrInputRules.Create(lrType, accessReason, form.Justification, expiresAt))
        {
            problems.Rule(CreateRuleFields.GetValueOrDefault(field, "lr-create-form"), problem);
        }

        if (problems.Any)
        {
            return Invalid(request, options, form.Values(), heading, problems);
        }

        // A ticked box asks for an alert (AlertCode True); an unticked one sends none, since False means "Don't know".
        var input = new LrCreateInput(nhsNumber, lrType, Trimmed(form.WorkgroupId), accessReason, form.Justification,
            LrFormControls.IsTicked(form.Alert) ? true : null, expiresAt);
        var sent = await client.RequestCreateAsync(input, SessionUser.ActingUser(request), cancellationToken);
        return await AwaitReplyAsync(heading, sent, form.Values(), conversations, request, options, cancellationToken);
    }

    internal static async Task<ContentHttpResult> StatusChangeAsync(
        [AsParameters] LrStatusChangeFields form, LrRequestClient client, LrConversations conversations, HttpRequest request, IOptions<ReferenceSutOptions> options, CancellationToken cancellationToken)
    {
        const string heading = "Change a relationship's status";
        var problems = new LrFormProblems();
        var nhsNumber = problems.Required("sc-nhs-number", form.NhsNumber, "Enter the patient's NHS number.");
        var lrId = problems.Required("sc-lr-id", form.LrId, "Enter the relationship's id.");
        var reason = problems.Code("sc-reason", LrVocabulary.SCReasonCode, form.Reason, "the reason for the change");
        if (problems.Any)
        {
            return Invalid(request, options, form.Values(), heading, problems);
        }

        var sent = await client.RequestStatusChangeAsync(nhsNumber, lrId, reason, SessionUser.ActingUser(request), cancellationToken);
        return await AwaitReplyAsync(heading, sent, form.Values(), conversations, request, options, cancellationToken);
    }

    internal static Task<ContentHttpResult> AddToWorkgroupAsync(
        [AsParameters] LrMembershipFields form, LrRequestClient client, LrConversations conversations, HttpRequest request, IOptions<ReferenceSutOptions> options, CancellationToken cancellationToken) =>
        MembershipAsync("Add to workgroup", form, input => client.AddToWorkgroupAsync(input, SessionUser.ActingUser(request), cancellationToken), conversations, request, options, cancellationToken);

    internal static Task<ContentHttpResult> RemoveFromWorkgroupAsync(
        [AsParameters] LrMembershipFields form, LrRequestClient client, LrConversations conversations, HttpRequest request, IOptions<ReferenceSutOptions> options, CancellationToken cancellationToken) =>
        MembershipAsync("Remove from workgroup", form, input => client.RemoveFromWorkgroupAsync(input, SessionUser.ActingUser(request), cancellationToken), conversations, request, options, cancellationToken);

    private static async Task<ContentHttpResult> MembershipAsync(
        string heading, LrMembershipFields form, Func<WorkgroupMemberInput, Task<LrAsyncView>> send, LrConversations conversations,
        HttpRequest request, IOptions<ReferenceSutOptions> options, CancellationToken cancellationToken)
    {
        var problems = new LrFormProblems();
        var roleProfile = problems.Required("wg-member-urp", form.MemberRoleProfileId, "Enter the member's role profile id.");
        var userId = problems.Required("wg-member-user", form.MemberUserId, "Enter the member's SDS user id.");
        var workgroup = problems.Required("wg-id", form.WorkgroupId, "Enter the workgroup id.");
        if (problems.Any)
        {
            return Invalid(request, options, form.Values(), heading, problems);
        }

        var sent = await send(new WorkgroupMemberInput(roleProfile, userId, workgroup));
        return await AwaitReplyAsync(heading, sent, form.Values(), conversations, request, options, cancellationToken);
    }

    /// <summary>Waits (event-driven, on the SUT's clock) up to <see cref="ReplyWait"/> for the reply to an accepted request.</summary>
    private static async Task<ContentHttpResult> AwaitReplyAsync(
        string heading, LrAsyncView sent, LrPageValues values, LrConversations conversations, HttpRequest request, IOptions<ReferenceSutOptions> options, CancellationToken cancellationToken)
    {
        if (sent.Outcome != LrAsyncOutcome.Accepted || sent.ConversationId is null || conversations.Find(sent.ConversationId) is not { } conversation)
        {
            return Page(request, options, values, LrOutcomeResult.Sent(heading, sent));
        }

        var result = await conversations.WaitAsync(conversation, ReplyWait, cancellationToken);
        return Page(request, options, values, LrOutcomeResult.Business(heading, result, sent.MessageId));
    }

    private static ContentHttpResult Invalid(HttpRequest request, IOptions<ReferenceSutOptions> options, LrPageValues values, string heading, LrFormProblems problems) =>
        Page(request, options, values, LrProblemsResult.Render(heading, problems), StatusCodes.Status400BadRequest);

    private static ContentHttpResult Page(HttpRequest request, IOptions<ReferenceSutOptions> options, LrPageValues values, string result, int statusCode = StatusCodes.Status200OK) =>
        TypedResults.Content(PageLayout.Render(SessionUser.Shown(request, options.Value.User), PageLayout.LrTitle, LrForms.Render(values) + result, wide: true), PageLayout.HtmlContentType, statusCode: statusCode);

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
