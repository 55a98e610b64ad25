using SpineConformance.Simulator.Access;
using SpineConformance.Simulator.Admin;
using SpineConformance.Simulator.Async;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;
using SpineConformance.Simulator.Sync;
using SpineConformance.Simulator.Tenants;
using SpineConformance.Simulator.WebConsole;

namespace SpineConformance.Simulator.Hosting;

/// <summary>Every HTTP surface of the simulator, mapped once for both hosts.</summary>
public static class SimulatorEndpointRouteBuilderExtensions
{
    public static WebApplication MapSpineSimulator(this WebApplication app)
    {
        // Resolve the store now so a bad data file fails at start, not on the first request.
        app.Services.GetRequiredService<IPermissionStore>();
        app.Services.GetRequiredService<Directory.SpineDirectory>();
        // Tenants from configuration are applied, and tenants without an operator key refused, before anything listens.
        app.Services.GetRequiredService<TenantRegistry>();
        Seeding.SeedLoader.Apply(app.Services);
        // First, a request for a name this simulator does not answer to (DNS rebinding) is refused (Access/).
        app.UseMiddleware<Access.HostCheckMiddleware>();
        app.UseRouting();
        // After routing, before any endpoint: a state change from another origin is refused, and the admin API and
        // console need the key when one is set (Access/).
        app.UseMiddleware<Access.SameOriginMiddleware>();
        app.UseMiddleware<Access.AdminAccessMiddleware>();
        app.MapOpenApi("/admin/openapi.json");
        app.MapGet("/healthcheck", () => TypedResults.Ok(new { status = "ready" })).WithTags("Health").OpenWithoutApiKey();
        app.MapSyncEndpoints();
        app.MapAdminEndpoints();
        app.MapDirectoryEndpoints();
        app.MapAsyncEndpoints();
        app.MapMessagingAdminEndpoints();
        app.MapFaultEndpoints();
        app.MapTenantEndpoints();
        app.MapPatientAllocationEndpoints();
        app.MapConsoleEndpoints();
        app.MapConsoleLogin();
        return app;
    }
}
