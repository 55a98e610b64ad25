using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>
/// The JSON surface the suite's SUT driver uses to trigger business actions and read what the user
/// would see, without driving the web page. A refusal by RBAC is something the user sees, so it is a 200
/// with outcome <c>refused</c>; only a request the hook cannot act on is a 400.
/// </summary>
public static class TestHookEndpoints
{
    public const string GroupPath = "/test-hook";

    public static IEndpointRouteBuilder MapTestHook(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(GroupPath).WithTags("Test hook");
        group.MapGet("/health", Health).WithName("TestHookHealth");
        group.MapPost("/acs/get-permissions", GetPermissions).WithName("TestHookGetPermissions");
        group.MapPost("/acs/has-permissions", HasPermissions).WithName("TestHookHasPermissions");
        group.MapPost("/acs/set-permissions", SetPermissions).WithName("TestHookSetPermissions");
        group.MapLrTestHook();
        group.MapMhsTestHook();
        return endpoints;
    }

    public static Ok<HealthResponse> Health() => TypedResults.Ok(new HealthResponse("healthy"));

    public static async Task<Results<Ok<PermissionsHookResponse>, ValidationProblem>> GetPermissions(
        PermissionsHookRequest? request, AcsClient acs, CancellationToken cancellationToken)
    {
        var problems = new HookRequestProblems();
        var nhsNumber = problems.NhsNumber(request?.NhsNumber);
        var actingUser = problems.ActingUser(request?.User);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        var shown = await acs.GetPermissionsAsync(nhsNumber, actingUser, cancellationToken);
        return TypedResults.Ok(PermissionsHookResponse.From(shown));
    }

    public static async Task<Results<Ok<PermissionsHookResponse>, ValidationProblem>> HasPermissions(
        PermissionsHookRequest? request, AcsClient acs, CancellationToken cancellationToken)
    {
        var problems = new HookRequestProblems();
        var nhsNumber = problems.NhsNumber(request?.NhsNumber);
        var actingUser = problems.ActingUser(request?.User);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        var shown = await acs.HasPermissionsAsync(nhsNumber, actingUser, cancellationToken);
        return TypedResults.Ok(PermissionsHookResponse.From(shown));
    }

    public static async Task<Results<Ok<SetDecisionHookResponse>, ValidationProblem>> SetPermissions(
        SetPermissionsHookRequest? request, AcsClient acs, CancellationToken cancellationToken)
    {
        var problems = new HookRequestProblems();
        var nhsNumber = problems.NhsNumber(request?.NhsNumber);
        var decision = problems.Decision(request?.Decision);
        var actingUser = problems.ActingUser(request?.User);
        if (problems.Any)
        {
            return problems.ToResult();
        }

        var shown = await acs.RecordDecisionAsync(nhsNumber, decision, actingUser, cancellationToken);
        return TypedResults.Ok(SetDecisionHookResponse.From(shown));
    }
}
