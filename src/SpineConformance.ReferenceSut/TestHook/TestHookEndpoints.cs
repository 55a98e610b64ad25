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

    /// <summary>Where the contract is served, as OpenAPI 3.</summary>
    public const string ContractPath = GroupPath + "/openapi.json";

    public const string ContractDescription =
        "The JSON surface a system under test offers the SpineConformance suite's TestHook driver: one POST per business action a user takes, "
        + "answered with what the system then shows its user (an outcome word, the values shown, and the message on screen). A refusal the user "
        + "would see (RBAC, Spine's error) is an answer (HTTP 200 with that outcome), not an HTTP error; only a request the hook cannot act on is a 400. "
        + "Every action takes an optional user {roleProfileId, userId, jobRole} to act as another user. Asynchronous LR actions answer once Spine has "
        + "accepted the message; GET /test-hook/lr/outcomes/{conversationId}?waitSeconds=N gives the business outcome once Spine's reply arrives. "
        + "Versioned (info.version, semantic): a minor version only adds (operations, optional request fields, response fields, outcome words) "
        + "and never renames or removes; a system implementing any 1.x serves every later 1.x suite. A rename or removal would be version 2.";

    /// <summary>The contract's version (see <see cref="ContractDescription"/> for what a version change may do).</summary>
    public const string ContractVersion = "1.0.0";

    public static IEndpointRouteBuilder MapTestHook(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(GroupPath).WithTags("Test hook");
        group.MapGet("/health", Health).WithName("TestHookHealth")
            .WithSummary("200 when the system is ready to be driven.");
        group.MapPost("/acs/get-permissions", GetPermissions).WithName("TestHookGetPermissions")
            .WithSummary("The clinician views a patient's sharing permissions (ACS Get): outcome, View and Store as shown (Yes, No, Ask), message.");
        group.MapPost("/acs/has-permissions", HasPermissions).WithName("TestHookHasPermissions")
            .WithSummary("The clinician checks whether sharing permission exists (ACS Has): outcome, View and Store as shown, message.");
        group.MapPost("/acs/set-permissions", SetPermissions).WithName("TestHookSetPermissions")
            .WithSummary("The clinician records a sharing decision (ACS Set): expressConsent, expressDissent or askForConsent; outcome and message.");
        group.MapLrTestHook();
        group.MapMhsTestHook();
        endpoints.MapOpenApi(ContractPath);
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
