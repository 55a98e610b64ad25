using Microsoft.AspNetCore.Http.HttpResults;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// Tenants through the admin API, with the operator key only: create one (its key is answered once), list them (never
/// a key or hash), replace the systems one owns, give one a new key, remove one.
/// </summary>
public static class TenantEndpoints
{
    private const int LongestName = 100;

    public static IEndpointRouteBuilder MapTenantEndpoints(this IEndpointRouteBuilder routes)
    {
        var tenants = routes.MapGroup("/admin/tenants").WithTags("Simulator admin: tenants").AddEndpointFilter(OperatorOnly);
        tenants.MapPost("/", CreateAsync).WithName("CreateTenant");
        tenants.MapGet("/", (TenantRegistry registry) => TypedResults.Ok(registry.All.Select(View))).WithName("ListTenants");
        tenants.MapPut("/{id:long}/systems", SetSystemsAsync).WithName("SetTenantSystems");
        tenants.MapPost("/{id:long}/key", RotateKeyAsync).WithName("RotateTenantKey");
        tenants.MapDelete("/{id:long}", RemoveAsync).WithName("RemoveTenant");
        return routes;
    }

    internal static TenantView View(Tenant tenant) => new(tenant.Id, tenant.Name, tenant.Systems.Asids, tenant.Systems.PartyKeys);

    private static async ValueTask<object?> OperatorOnly(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        await AdminCaller.BindAsync(context.HttpContext) is { IsOperator: false } tenant
            ? tenant.OperatorOnly("Managing tenants")
            : await next(context);

    private static async Task<Results<Created<TenantKeyIssued>, BadRequest<ProblemDetailsBody>, Conflict<ProblemDetailsBody>>> CreateAsync(
        TenantRequest request, ITenantStore store, TenantRegistry registry, Access.AdminApiKey operatorKey, CancellationToken cancellationToken)
    {
        // Without the operator key anyone could read everything, whatever a tenant's key said (see TenantSetup).
        if (!operatorKey.IsRequired)
        {
            return TypedResults.Conflict(new ProblemDetailsBody("Operator key required",
                "Tenants need the simulator to be started with an operator key (--api-key, or Simulator:AdminApiKey): without one the admin API is open to anyone, and no tenant's traffic would be its own."));
        }

        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Length > LongestName)
        {
            problems.Add($"name is required, at most {LongestName} characters.");
        }

        problems.AddRange(TenantSystemsCheck.Problems(request.Asids, request.PartyKeys));
        if (problems.Count > 0)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid tenant", string.Join(" ", problems)));
        }

        var systems = new TenantSystems([.. request.Asids ?? []], [.. request.PartyKeys ?? []]);
        if (TenantSystemsCheck.Taken(systems, registry.All) is { Count: > 0 } taken)
        {
            return TypedResults.Conflict(new ProblemDetailsBody("System owned by another tenant", string.Join("; ", taken) + ". A system has one owner."));
        }

        var (key, hash) = TenantKey.Issue();
        if (await store.AddAsync(request.Name.Trim(), hash, systems, cancellationToken) is not { } tenant)
        {
            return TypedResults.Conflict(new ProblemDetailsBody("Tenant exists", $"A tenant named '{request.Name.Trim()}' already exists; names are unique."));
        }

        await registry.ReloadAsync(cancellationToken);
        return TypedResults.Created($"/admin/tenants/{tenant.Id}", new TenantKeyIssued(View(tenant), key));
    }

    private static async Task<Results<Ok<TenantView>, BadRequest<ProblemDetailsBody>, NotFound<ProblemDetailsBody>, Conflict<ProblemDetailsBody>>> SetSystemsAsync(
        long id, TenantSystemsBody body, ITenantStore store, TenantRegistry registry, CancellationToken cancellationToken)
    {
        if (TenantSystemsCheck.Problems(body.Asids, body.PartyKeys) is { Count: > 0 } problems)
        {
            return TypedResults.BadRequest(new ProblemDetailsBody("Invalid systems", string.Join(" ", problems)));
        }

        var systems = new TenantSystems([.. body.Asids ?? []], [.. body.PartyKeys ?? []]);
        if (TenantSystemsCheck.Taken(systems, registry.All.Where(t => t.Id != id)) is { Count: > 0 } taken)
        {
            return TypedResults.Conflict(new ProblemDetailsBody("System owned by another tenant", string.Join("; ", taken) + ". A system has one owner."));
        }

        if (await store.SetSystemsAsync(id, systems, cancellationToken) is not { } tenant)
        {
            return TypedResults.NotFound(NoSuchTenant(id));
        }

        await registry.ReloadAsync(cancellationToken);
        return TypedResults.Ok(View(tenant));
    }

    private static async Task<Results<Ok<TenantKeyIssued>, NotFound<ProblemDetailsBody>>> RotateKeyAsync(
        long id, ITenantStore store, TenantRegistry registry, CancellationToken cancellationToken)
    {
        var (key, hash) = TenantKey.Issue();
        if (await store.SetKeyAsync(id, hash, cancellationToken) is not { } tenant)
        {
            return TypedResults.NotFound(NoSuchTenant(id));
        }

        await registry.ReloadAsync(cancellationToken);
        return TypedResults.Ok(new TenantKeyIssued(View(tenant), key));
    }

    private static async Task<Results<NoContent, NotFound<ProblemDetailsBody>>> RemoveAsync(
        long id, ITenantStore store, TenantRegistry registry, CancellationToken cancellationToken)
    {
        if (!await store.RemoveAsync(id, cancellationToken))
        {
            return TypedResults.NotFound(NoSuchTenant(id));
        }

        await registry.ReloadAsync(cancellationToken);
        return TypedResults.NoContent();
    }

    private static ProblemDetailsBody NoSuchTenant(long id) => new("No such tenant", $"The simulator has no tenant {id}.");
}
