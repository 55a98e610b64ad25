using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.Tenants;

namespace SpineConformance.Simulator.Faults;

/// <summary>Fault rules through the admin API: list, read one, add, remove one, remove all.</summary>
public static class FaultEndpoints
{
    public static IEndpointRouteBuilder MapFaultEndpoints(this IEndpointRouteBuilder routes)
    {
        var faults = routes.MapGroup("/admin/fault-rules").WithTags("Simulator admin: fault rules");
        faults.MapGet("/", async (IFaultRuleStore rules, AdminCaller caller, CancellationToken cancellationToken) =>
            TypedResults.Ok((await rules.ListAsync(cancellationToken)).Where(caller.Owns))).WithName("ListFaultRules");
        faults.MapGet("/{id:long}", GetAsync).WithName("GetFaultRule");
        faults.MapPost("/", Add).WithName("AddFaultRule");
        faults.MapDelete("/{id:long}", RemoveAsync).WithName("RemoveFaultRule");
        faults.MapDelete("/", async (IFaultRuleStore rules, AdminCaller caller, CancellationToken cancellationToken) =>
        {
            await rules.RemoveWhereAsync(caller.Owns, cancellationToken);
            return TypedResults.NoContent();
        }).WithName("RemoveAllFaultRules").WithSummary("Removes every fault rule; with a tenant's key, every rule that tenant added.");
        return routes;
    }

    // Another tenant's rule and a rule that does not exist answer alike, so a tenant learns nothing of what others hold.
    private static async Task<Results<Ok<FaultRule>, NotFound<ProblemDetailsBody>, ProblemHttpResult>> GetAsync(
        long id, IFaultRuleStore rules, AdminCaller caller, CancellationToken cancellationToken)
    {
        if ((await rules.ListAsync(cancellationToken)).FirstOrDefault(r => r.Id == id) is { } rule && caller.Owns(rule))
        {
            return TypedResults.Ok(rule);
        }

        return caller.IsOperator
            ? TypedResults.NotFound(new ProblemDetailsBody("No such fault rule", $"No fault rule {id}."))
            : caller.NotYours($"Fault rule {id}");
    }

    // A tenant's rule is its own: listed and removed only by it, matching only its own systems' requests.
    private static async Task<Results<Created<FaultRule>, BadRequest<ProblemDetailsBody>>> Add(
        FaultRule rule, IFaultRuleStore rules, AdminCaller caller, CancellationToken cancellationToken)
    {
        rule = rule with { TenantId = caller.Tenant?.Id };
        if (rule.Problem() is { } problem)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid fault rule", problem));
        }

        var stored = await rules.AddAsync(rule, cancellationToken);
        return TypedResults.Created($"/admin/fault-rules/{stored.Id}", stored);
    }

    // Under the store's own check of the owner, so a rule is never removed by a tenant that only guessed its id.
    private static async Task<Results<NoContent, NotFound<ProblemDetailsBody>, ProblemHttpResult>> RemoveAsync(
        long id, IFaultRuleStore rules, AdminCaller caller, CancellationToken cancellationToken)
    {
        if (await rules.RemoveWhereAsync(r => r.Id == id && caller.Owns(r), cancellationToken) > 0)
        {
            return TypedResults.NoContent();
        }

        return caller.IsOperator
            ? TypedResults.NotFound(new ProblemDetailsBody("No such fault rule", $"No fault rule {id}."))
            : caller.NotYours($"Fault rule {id}");
    }
}
