using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut.TestHook;

/// <summary>
/// The JSON surface the suite's SUT driver uses to trigger business actions and read what the user
/// would see, without driving the web page.
/// </summary>
public static class TestHookEndpoints
{
    public const string GroupPath = "/test-hook";

    public static IEndpointRouteBuilder MapTestHook(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup(GroupPath).WithTags("Test hook");
        group.MapGet("/health", Health).WithName("TestHookHealth");
        group.MapPost("/acs/get-permissions", GetPermissions).WithName("TestHookGetPermissions");
        return endpoints;
    }

    public static Ok<HealthResponse> Health() => TypedResults.Ok(new HealthResponse("healthy"));

    public static async Task<Results<Ok<PermissionsHookResponse>, ValidationProblem>> GetPermissions(
        GetPermissionsHookRequest? request, AcsClient acs, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request?.NhsNumber))
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["nhsNumber"] = ["Give the patient's NHS number, e.g. {\"nhsNumber\":\"9434765919\"}."] },
                title: "An NHS number is required.");
        }

        var shown = await acs.GetPermissionsAsync(request.NhsNumber, cancellationToken);
        return TypedResults.Ok(PermissionsHookResponse.From(shown));
    }
}

