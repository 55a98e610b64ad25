using SpineConformance.SecondClient.Acs;
using SpineConformance.SecondClient.Identity;
using SpineConformance.SecondClient.Lr;
using SpineConformance.SecondClient.Mhs;

namespace SpineConformance.SecondClient.TestHook;

/// <summary>Test-hook contract 1.0.0: one POST per user action, answered with what the system then shows.</summary>
internal static class TestHookEndpoints
{
    public static void MapTestHook(this IEndpointRouteBuilder app)
    {
        var hook = app.MapGroup("/test-hook").AddEndpointFilter(async (context, next) =>
        {
            try
            {
                return await next(context);
            }
            catch (HookInputException problem)
            {
                return Results.Problem(problem.Message, statusCode: StatusCodes.Status400BadRequest, title: "The test hook cannot act on this request");
            }
        });

        hook.MapGet("/health", () => new HealthResponse("ready"));
        hook.MapPost("/acs/get-permissions", (PermissionsHookRequest body, PermissionsService acs, LoggedInUser users, CancellationToken ct) =>
            acs.GetAsync(body.NhsNumber, users.Resolve(body.User), ct));
        hook.MapPost("/acs/has-permissions", (PermissionsHookRequest body, PermissionsService acs, LoggedInUser users, CancellationToken ct) =>
            acs.HasAsync(body.NhsNumber, users.Resolve(body.User), ct));
        hook.MapPost("/acs/set-permissions", (SetPermissionsHookRequest body, PermissionsService acs, LoggedInUser users, CancellationToken ct) =>
            acs.SetAsync(body.NhsNumber, body.Decision, users.Resolve(body.User), ct));

        hook.MapPost("/lr/create", (LrCreateHookRequest body, LrRequestService lr, LoggedInUser users, CancellationToken ct) =>
            lr.CreateAsync(body, users.Resolve(body.User), ct));
        hook.MapPost("/lr/status-change", (LrStatusChangeHookRequest body, LrRequestService lr, LoggedInUser users, CancellationToken ct) =>
            lr.ChangeStatusAsync(body, users.Resolve(body.User), ct));
        hook.MapPost("/lr/workgroup/add", (LrWorkgroupMembershipHookRequest body, LrRequestService lr, LoggedInUser users, CancellationToken ct) =>
            lr.MembershipAsync(add: true, body, users.Resolve(body.User), ct));
        hook.MapPost("/lr/workgroup/remove", (LrWorkgroupMembershipHookRequest body, LrRequestService lr, LoggedInUser users, CancellationToken ct) =>
            lr.MembershipAsync(add: false, body, users.Resolve(body.User), ct));
        hook.MapGet("/lr/outcomes/{conversationId}", async (string conversationId, int? waitSeconds, Conversations conversations, CancellationToken ct) =>
        {
            var wait = TimeSpan.FromSeconds(Math.Clamp(waitSeconds ?? 0, 0, 120));
            return await conversations.OutcomeAsync(conversationId, wait, ct) is { } outcome
                ? Results.Ok(outcome)
                : throw new HookInputException($"conversationId '{conversationId}' names no request this system sent.");
        });

        hook.MapPost("/lr/confirmation", (LrConfirmationHookRequest body, LrQueryService lr, LoggedInUser users, CancellationToken ct) =>
            lr.ConfirmationAsync(body, users.Resolve(body.User), ct));
        hook.MapPost("/lr/details", (LrDetailsHookRequest body, LrQueryService lr, LoggedInUser users, CancellationToken ct) =>
            lr.DetailsAsync(body, users.Resolve(body.User), ct));
        hook.MapPost("/lr/batch-confirmation", (LrBatchConfirmationHookRequest body, LrQueryService lr, LoggedInUser users, CancellationToken ct) =>
            lr.BatchAsync(body, users.Resolve(body.User), ct));
        hook.MapPost("/lr/user-role-profiles", (LrUserRoleProfilesHookRequest body, LrQueryService lr, LoggedInUser users, CancellationToken ct) =>
            lr.RoleProfilesAsync(body, users.Resolve(body.User), ct));
        hook.MapPost("/lr/workgroup/members", (LrWorkgroupMembersHookRequest body, LrQueryService lr, LoggedInUser users, CancellationToken ct) =>
            lr.WorkgroupMembersAsync(body, users.Resolve(body.User), ct));

        hook.MapGet("/mhs/sent", (MhsLogs logs) => new { attempts = logs.SentSoFar() });
        hook.MapGet("/mhs/received", (MhsLogs logs) => new { messages = logs.ReceivedSoFar() });
    }
}
