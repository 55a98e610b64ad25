using Microsoft.AspNetCore.Http.HttpResults;

namespace SpineConformance.Simulator.Tenants;

/// <summary><c>POST /admin/patients/allocate</c>: fresh synthetic patients for any caller, since patients are shared as on Spine.</summary>
public static class PatientAllocationEndpoints
{
    public static IEndpointRouteBuilder MapPatientAllocationEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/admin/patients/allocate", AllocateAsync).WithTags("Simulator admin").WithName("AllocatePatients")
            .WithSummary("Valid NHS numbers from the 999 test range, never handed out before: {\"count\": n}, 1 to 1000, default 1.");
        return routes;
    }

    private static async Task<Results<Ok<AllocatedPatients>, BadRequest<ProblemDetailsBody>, ProblemHttpResult>> AllocateAsync(
        AllocatePatientsRequest? request, PatientAllocation allocation, CancellationToken cancellationToken)
    {
        var count = request?.Count ?? 1;
        if (count is < 1 or > PatientAllocation.MaxCount)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid count", $"count {count} must be from 1 to {PatientAllocation.MaxCount}."));
        }

        return await allocation.AllocateAsync(count, cancellationToken) is { } numbers
            ? TypedResults.Ok(new AllocatedPatients([.. numbers.Select(n => n.Value)]))
            : TypedResults.Problem(
                title: "Test range used up",
                detail: $"Every NHS number from {PatientAllocation.RangeStart}0 to 9999999999 has been handed out by this simulator; start it on a new data file.",
                statusCode: StatusCodes.Status409Conflict);
    }
}
