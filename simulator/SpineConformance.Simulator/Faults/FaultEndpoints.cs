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
        if (rule.Kind == FaultKind.HttpStatus && rule.HttpStatus is not (>= 100 and <= 599))
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid fault rule", "An HttpStatus rule needs httpStatus between 100 and 599."));
        }

        if (rule.Kind == FaultKind.DelayReply && (rule.Delay is null || rule.Delay <= TimeSpan.Zero))
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid fault rule", "A DelayReply rule needs a positive delay, e.g. \"PT5S\"."));
        }

        if (rule.Kind == FaultKind.DelayResponse && (rule.Delay is null || rule.Delay <= TimeSpan.Zero))
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid fault rule", "A DelayResponse rule needs a positive delay, e.g. \"PT5S\"."));
        }

        if (rule.Kind == FaultKind.NoResponse && rule.Delay <= TimeSpan.Zero)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid fault rule", "A NoResponse rule's delay (how long to hold the connection) must be positive, or left out for five minutes."));
        }

        if (rule.Kind == FaultKind.BusinessError && string.IsNullOrWhiteSpace(rule.Code))
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid fault rule", "A BusinessError rule needs the code to answer, e.g. \"35506\"; text is optional."));
        }

        if (rule.RemainingUses is < 1)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid fault rule", "remainingUses must be at least 1, or left out for a rule that always applies."));
        }

        var stored = rules.Add(rule);
        return TypedResults.Created($"/admin/fault-rules/{stored.Id}", stored);
    }
}
