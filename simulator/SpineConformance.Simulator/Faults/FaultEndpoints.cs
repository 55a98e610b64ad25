using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Simulator.Admin;

namespace SpineConformance.Simulator.Faults;

/// <summary>Fault rules through the admin API: list, add, remove one, remove all.</summary>
public static class FaultEndpoints
{
    public static IEndpointRouteBuilder MapFaultEndpoints(this IEndpointRouteBuilder routes)
    {
        var faults = routes.MapGroup("/admin/fault-rules").WithTags("Simulator admin: fault rules");
        faults.MapGet("/", (FaultRules rules) => TypedResults.Ok(rules.Snapshot())).WithName("ListFaultRules");
        faults.MapPost("/", Add).WithName("AddFaultRule");
        faults.MapDelete("/{id:long}", (long id, FaultRules rules) => rules.Remove(id)
            ? Results.NoContent()
            : Results.NotFound(new ProblemDetailsBody("No such fault rule", $"No fault rule {id}."))).WithName("RemoveFaultRule");
        faults.MapDelete("/", (FaultRules rules) =>
        {
            rules.Clear();
            return TypedResults.NoContent();
        }).WithName("RemoveAllFaultRules");
        return routes;
    }

    private static Results<Created<FaultRule>, BadRequest<ProblemDetailsBody>> Add(FaultRule rule, FaultRules rules)
    {
        if (rule.Problem() is { } problem)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid fault rule", problem));
        }

        var stored = rules.Add(rule);
        return TypedResults.Created($"/admin/fault-rules/{stored.Id}", stored);
    }
}
