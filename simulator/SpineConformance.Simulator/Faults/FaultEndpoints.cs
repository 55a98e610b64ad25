using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Faults;

/// <summary>Fault rules through the admin API: list, add, remove one, remove all.</summary>
public static class FaultEndpoints
{
    public static IEndpointRouteBuilder MapFaultEndpoints(this IEndpointRouteBuilder routes)
    {
        var faults = routes.MapGroup("/admin/fault-rules").WithTags("Simulator admin: fault rules");
        faults.MapGet("/", async (IFaultRuleStore rules, CancellationToken cancellationToken) =>
            TypedResults.Ok(await rules.ListAsync(cancellationToken))).WithName("ListFaultRules");
        faults.MapPost("/", Add).WithName("AddFaultRule");
        faults.MapDelete("/{id:long}", async (long id, IFaultRuleStore rules, CancellationToken cancellationToken) => await rules.RemoveAsync(id, cancellationToken)
            ? Results.NoContent()
            : Results.NotFound(new ProblemDetailsBody("No such fault rule", $"No fault rule {id}."))).WithName("RemoveFaultRule");
        faults.MapDelete("/", async (IFaultRuleStore rules, CancellationToken cancellationToken) =>
        {
            await rules.RemoveWhereAsync(_ => true, cancellationToken);
            return TypedResults.NoContent();
        }).WithName("RemoveAllFaultRules");
        return routes;
    }

    private static async Task<Results<Created<FaultRule>, BadRequest<ProblemDetailsBody>>> Add(
        FaultRule rule, IFaultRuleStore rules, CancellationToken cancellationToken)
    {
        if (rule.Problem() is { } problem)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid fault rule", problem));
        }

        var stored = await rules.AddAsync(rule, cancellationToken);
        return TypedResults.Created($"/admin/fault-rules/{stored.Id}", stored);
    }
}
