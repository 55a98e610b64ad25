using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection.Extensions;
using SpineConformance.Hl7.Time;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Hosting;

/// <summary>
/// The simulator running inside a test process: the same composition root as the standalone program,
/// on 127.0.0.1 and a port the OS assigns (unless the <c>urls</c> setting says where), in memory unless told otherwise.
/// </summary>
public sealed class SpineSimulatorHost : IAsyncDisposable
{
    private readonly WebApplication app;

    private SpineSimulatorHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public RequestJournal Journal => app.Services.GetRequiredService<RequestJournal>();

    public IPermissionStore Permissions => app.Services.GetRequiredService<IPermissionStore>();

    /// <summary>Sets a patient's permissions directly (no message), recorded in the history as the administrator's.</summary>
    public Task<PatientPermissions> SeedPermissionsAsync(PatientPermissions permissions, CancellationToken cancellationToken = default) =>
        Permissions.SaveAsync(permissions, app.Services.GetRequiredService<TimeProvider>().GetUtcNow(), cancellationToken);

    /// <summary>The URL clients send synchronous requests to.</summary>
    public Uri SyncServiceUrl => new(BaseAddress, "/sync-service");

    public static async Task<SpineSimulatorHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        IIdSource? ids = null,
        ILoggerProvider? logs = null,
        Action<WebApplicationBuilder>? configure = null,
        CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SpineSimulatorHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = "InProcess",
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Simulator:InMemory"] = "true",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        var tls = builder.Configuration.GetSection(Tls.TlsOptions.SectionName).Get<Tls.TlsOptions>();
        // A test can fix the address with the "urls" setting (a system it does not start must know where Spine is).
        builder.WebHost.UseUrls(builder.Configuration["urls"] ?? (tls?.Enabled == true ? "https://127.0.0.1:0" : "http://127.0.0.1:0"));
        if (time is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(time));
        }

        if (ids is not null)
        {
            builder.Services.Replace(ServiceDescriptor.Singleton(ids));
        }

        if (logs is not null)
        {
            // A test that must see what the simulator logs (an unhandled exception, say) listens here.
            builder.Logging.AddProvider(logs);
        }

        builder.Services.AddSpineSimulator(builder.Configuration);
        // Last, so it can replace the server: an in-memory transport for a test that needs no port.
        configure?.Invoke(builder);
        var app = builder.Build();
        try
        {
            app.MapSpineSimulator();
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        // A server with no network address (an in-memory one) is reached at the conventional http://localhost/.
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://localhost/";
        return new SpineSimulatorHost(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}
