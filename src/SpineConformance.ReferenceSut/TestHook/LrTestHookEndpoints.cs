using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SpineConformance.Hl7.Lr;
using SpineConformance.ReferenceSut.Lr;

namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>
/// The LR part of the test hook (<c>/test-hook/lr/…</c>). Async actions answer as soon as Spine has accepted the message;
/// their business result is read from <c>outcomes/{conversationId}</c>. Sync queries answer with their result.
/// </summary>
public static class LrTestHookEndpoints
{
    /// <summary>The longest <c>waitSeconds</c> accepted, so a forgotten wait cannot hold a connection for long.</summary>
    public const int MaxWaitSeconds = 120;

    public static RouteGroupBuilder MapLrTestHook(this RouteGroupBuilder group)
    {
        var lr = group.MapGroup("/lr");
        lr.MapPost("/create", CreateAsync).WithName("TestHookLrCreate")
            .WithSummary("The clinician requests a legitimate relationship (async): outcome once Spine has accepted the message, its ConversationId and MessageId.");
        lr.MapPost("/status-change", StatusChangeAsync).WithName("TestHookLrStatusChange")
            .WithSummary("The clinician changes an LR's status with an SCReasonCode (async): outcome once Spine has accepted the message.");
        lr.MapPost("/confirmation", ConfirmationAsync).WithName("TestHookLrConfirmation")
            .WithSummary("Does an LR exist with the patient (Short, or History)? Outcome and, when shown, activeLrExists and status.");
        lr.MapPost("/details", DetailsAsync).WithName("TestHookLrDetails")
            .WithSummary("The patient's LRs (Simple or Complete details), as the system lists them.");
        lr.MapPost("/batch-confirmation", BatchConfirmationAsync).WithName("TestHookLrBatchConfirmation")
            .WithSummary("LR confirmation for many patients at once: one entry per identifier given, in order, with any inline issue.");
        lr.MapPost("/user-role-profiles", UserRoleProfilesAsync).WithName("TestHookLrUserRoleProfiles")
            .WithSummary("A user's role profiles, with job role, organisation and workgroups, as the system shows them.");
        lr.MapPost("/workgroup/add", AddToWorkgroupAsync).WithName("TestHookLrWorkgroupAdd")
            .WithSummary("A Workgroup Membership Administrator adds a member (async): outcome once Spine has accepted the message.");
        lr.MapPost("/workgroup/remove", RemoveFromWorkgroupAsync).WithName("TestHookLrWorkgroupRemove")
            .WithSummary("A Workgroup Membership Administrator removes a member (async): outcome once Spine has accepted the message.");
        lr.MapPost("/workgroup/members", WorkgroupMembersAsync).WithName("TestHookLrWorkgroupMembers")
            .WithSummary("The members of one or more workgroups, as the system shows them.");
        lr.MapGet("/outcomes/{conversationId}", OutcomeAsync).WithName("TestHookLrOutcome")
            .WithSummary("The business outcome of an async action once Spine's reply has arrived (created, statusChanged, added, …), waiting up to waitSeconds; pending until then.");
        return group;
    }

    public static async Task<Results<Ok<LrAsyncView>, ValidationProblem>> CreateAsync(
        LrCreateHookRequest? request, LrRequestClient client, CancellationToken cancellationToken)
    {
        var problems = new HookRequestProblems();
        var nhsNumber = problems.NhsNumber(request?.NhsNumber);
        var lrType = problems.Code("lrType", LrVocabulary.LrType, request?.LrType);
        var accessReason = problems.OptionalCode("accessReason", LrVocabulary.AccessReasonCode, request?.AccessReason);
        var expiresAt = string.IsNullOrWhiteSpace(request?.ExpiresAt) ? null : request.ExpiresAt.Trim();
        foreach (var (field, problem) in LrInputRules.Create(lrType, accessReason, request?.Justification, expiresAt))
        {
            problems.Rule(field, problem);
        }

        var actingUser = problems.ActingUser(request?.User);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        var workgroup = string.IsNullOrWhiteSpace(request!.WorkgroupId) ? null : request.WorkgroupId.Trim();
        var input = new LrCreateInput(nhsNumber, lrType, workgroup, accessReason, request.Justification, request.Alert, expiresAt);
        return TypedResults.Ok(await client.RequestCreateAsync(input, actingUser, cancellationToken));
    }

    public static async Task<Results<Ok<LrAsyncView>, ValidationProblem>> StatusChangeAsync(
        LrStatusChangeHookRequest? request, LrRequestClient client, CancellationToken cancellationToken)
    {
        var problems = new HookRequestProblems();
        var nhsNumber = problems.NhsNumber(request?.NhsNumber);
        var lrId = problems.Required("lrId", request?.LrId, "An LR id", "{\"lrId\":\"5C1A0B3E-0001\"}");
        var reason = problems.Code("reason", LrVocabulary.SCReasonCode, request?.Reason);
        var actingUser = problems.ActingUser(request?.User);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        return TypedResults.Ok(await client.RequestStatusChangeAsync(nhsNumber, lrId, reason, actingUser, cancellationToken));
    }

    public static async Task<Results<Ok<LrQueryView<LrConfirmationResult>>, ValidationProblem>> ConfirmationAsync(
        LrConfirmationHookRequest? request, LrQueryClient client, CancellationToken cancellationToken)
    {
        var problems = new HookRequestProblems();
        var nhsNumber = problems.NhsNumber(request?.NhsNumber);
        var workgroups = problems.OptionalList("workgroupIds", request?.WorkgroupIds, "workgroup id");
        var actingUser = problems.ActingUser(request?.User);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        return TypedResults.Ok(await client.ConfirmationAsync(nhsNumber, request!.History, workgroups, actingUser, cancellationToken));
    }

    public static async Task<Results<Ok<LrQueryView<LrDetailsResult>>, ValidationProblem>> DetailsAsync(
        LrDetailsHookRequest? request, LrQueryClient client, CancellationToken cancellationToken)
    {
        var problems = new HookRequestProblems();
        var nhsNumber = problems.NhsNumber(request?.NhsNumber);
        var dissentOverride = problems.OptionalCode("dissentOverride", LrVocabulary.DissentOverride, request?.DissentOverride) ?? "0";
        if (dissentOverride != "0" && string.IsNullOrWhiteSpace(request?.OverrideExplanation))
        {
            problems.Rule("overrideExplanation", $"Dissent override {dissentOverride} needs the user's explanation.");
        }

        var from = string.IsNullOrWhiteSpace(request?.From) ? null : request.From.Trim();
        var to = string.IsNullOrWhiteSpace(request?.To) ? null : request.To.Trim();
        problems.Rule("from", from is null ? null : LrInputRules.Date(from));
        problems.Rule("to", to is null ? null : LrInputRules.Date(to));
        problems.Rule("from", to is not null && from is null ? "A period's end ('to') needs its start ('from')." : null);
        var actingUser = problems.ActingUser(request?.User);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        var input = new LrDetailsInput(nhsNumber, request!.Complete, dissentOverride, request.OverrideExplanation?.Trim()) { From = from, To = to };
        return TypedResults.Ok(await client.DetailsAsync(input, actingUser, cancellationToken));
    }

    public static async Task<Results<Ok<LrQueryView<LrBatchResult>>, ValidationProblem>> BatchConfirmationAsync(
        LrBatchConfirmationHookRequest? request, LrQueryClient client, CancellationToken cancellationToken)
    {
        var problems = new HookRequestProblems();
        var nhsNumbers = problems.List("nhsNumbers", request?.NhsNumbers, "NHS number", "{\"nhsNumbers\":[\"9434765919\",\"9434765870\"]}");
        var workgroups = problems.OptionalList("workgroupIds", request?.WorkgroupIds, "workgroup id");
        var actingUser = problems.ActingUser(request?.User);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        return TypedResults.Ok(await client.BatchConfirmationAsync(nhsNumbers, workgroups, actingUser, cancellationToken));
    }

    public static async Task<Results<Ok<LrQueryView<LrRoleProfilesResult>>, ValidationProblem>> UserRoleProfilesAsync(
        LrUserRoleProfilesHookRequest? request, LrQueryClient client, CancellationToken cancellationToken)
    {
        var problems = new HookRequestProblems();
        var userId = problems.Required("userId", request?.UserId, "An SDS user id", "{\"userId\":\"100000000002\"}");
        var actingUser = problems.ActingUser(request?.User);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        return TypedResults.Ok(await client.UserRoleProfilesAsync(userId, actingUser, cancellationToken));
    }

    public static Task<Results<Ok<LrAsyncView>, ValidationProblem>> AddToWorkgroupAsync(
        LrWorkgroupMembershipHookRequest? request, LrRequestClient client, CancellationToken cancellationToken) =>
        MembershipAsync(request, (input, user) => client.AddToWorkgroupAsync(input, user, cancellationToken));

    public static Task<Results<Ok<LrAsyncView>, ValidationProblem>> RemoveFromWorkgroupAsync(
        LrWorkgroupMembershipHookRequest? request, LrRequestClient client, CancellationToken cancellationToken) =>
        MembershipAsync(request, (input, user) => client.RemoveFromWorkgroupAsync(input, user, cancellationToken));

    public static async Task<Results<Ok<LrQueryView<LrWorkgroupsResult>>, ValidationProblem>> WorkgroupMembersAsync(
        LrWorkgroupMembersHookRequest? request, LrQueryClient client, CancellationToken cancellationToken)
    {
        var problems = new HookRequestProblems();
        var workgroups = problems.List("workgroupIds", request?.WorkgroupIds, "workgroup id", "{\"workgroupIds\":[\"WG0001\"]}");
        var actingUser = problems.ActingUser(request?.User);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        return TypedResults.Ok(await client.WorkgroupMembersAsync(workgroups, actingUser, cancellationToken));
    }

    /// <summary>The business outcome of an async request; with <c>waitSeconds</c>, waits (without polling) for the reply up to that long.</summary>
    public static async Task<Results<Ok<LrBusinessResult>, ProblemHttpResult, ValidationProblem>> OutcomeAsync(
        string conversationId, int? waitSeconds, LrConversations conversations, CancellationToken cancellationToken)
    {
        if (waitSeconds is < 0 or > MaxWaitSeconds)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["waitSeconds"] = [$"waitSeconds must be 0 to {MaxWaitSeconds}; it is {waitSeconds}."] },
                title: "The wait is out of range.");
        }

        if (conversations.Find(conversationId) is not { } conversation)
        {
            return TypedResults.Problem(
                $"The SUT sent no asynchronous LR request with ConversationId '{conversationId}'. Use the conversationId an accepted request returned.",
                statusCode: StatusCodes.Status404NotFound,
                title: "No such conversation.");
        }

        return TypedResults.Ok(await conversations.WaitAsync(conversation, TimeSpan.FromSeconds(waitSeconds ?? 0), cancellationToken));
    }

    private static async Task<Results<Ok<LrAsyncView>, ValidationProblem>> MembershipAsync(
        LrWorkgroupMembershipHookRequest? request, Func<WorkgroupMemberInput, Hl7.Wrappers.AuthorPerson?, Task<LrAsyncView>> send)
    {
        var problems = new HookRequestProblems();
        var roleProfile = problems.Required("memberRoleProfileId", request?.MemberRoleProfileId, "The member's role profile id", "{\"memberRoleProfileId\":\"100000000011\"}");
        var userId = problems.Required("memberUserId", request?.MemberUserId, "The member's SDS user id", "{\"memberUserId\":\"100000000012\"}");
        var workgroup = problems.Required("workgroupId", request?.WorkgroupId, "A workgroup id", "{\"workgroupId\":\"WG0001\"}");
        var actingUser = problems.ActingUser(request?.User);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        return TypedResults.Ok(await send(new WorkgroupMemberInput(roleProfile, userId, workgroup, request!.IdentifiedWorkgroupsOnly), actingUser));
    }
}
