using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.ReferenceSut;

/// <summary>
/// The reference SUT running inside a test process: the same services and endpoints as the standalone
/// app, on a free loopback port. Works from any test project that references the SUT.
/// </summary>
public sealed class ReferenceSutHost : IAsyncDisposable
{
    private const string AnyFreeLoopbackPort = "http://127.0.0.1:0";

    private readonly WebApplication app;

    private ReferenceSutHost(WebApplication app, Uri baseAddress)
    {
        this.app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>The address Kestrel actually bound, such as <c>http://127.0.0.1:53117</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The SUT's services, for a test that needs to look behind the HTTP surface.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Starts the SUT; throws <see cref="Microsoft.Extensions.Options.OptionsValidationException"/> naming each bad setting.</summary>
    public static Task<ReferenceSutHost> StartAsync(ReferenceSutOptions options, CancellationToken cancellationToken = default) =>
        StartAsync(options, configureServices: null, cancellationToken);

    /// <summary>
    /// Starts the SUT, letting a test replace services after the SUT registers its own; the last registration
    /// wins, so this is where a fake <see cref="TimeProvider"/> or a sequential id source goes.
    /// </summary>
    public static async Task<ReferenceSutHost> StartAsync(
        ReferenceSutOptions options, Action<IServiceCollection>? configureServices, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // The test process is the entry assembly; name the SUT and its output folder explicitly.
            ApplicationName = typeof(ReferenceSutHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        builder.Configuration.AddInMemoryCollection(ReferenceSutConfiguration.From(options));
        builder.WebHost.UseUrls(AnyFreeLoopbackPort);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddReferenceSut(builder.Configuration);
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.MapReferenceSut();
        try
        {
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        return new ReferenceSutHost(app, BoundAddress(app));
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private static Uri BoundAddress(WebApplication app)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses;
        return new Uri(addresses.First());
    }
}
