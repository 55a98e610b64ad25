using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Simulator.Client;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Testing;

/// <summary>
/// The full simulator (sync SOAP, ebXML, admin API, journal) running inside the test process on a loopback address,
/// with a <see cref="SpineSimulatorClient"/> to seed it and to read what it received. Each instance has its own state,
/// so parallel tests can each start one, or share one and key their data on their own patients.
/// </summary>
/// <example>
/// <code>
/// await using var spine = await SpineSimulator.StartAsync();
/// await spine.Client.SeedPermissionsAsync(new PatientPermissions(NhsNumber.From("9434765919"), AcsPermission.Yes, null));
/// // … point the system under test at spine.SyncServiceUrl and act …
/// var get = await spine.Journal.WaitForAsync(e => e.InteractionId == "…", TimeSpan.FromSeconds(5));
/// </code>
/// </example>
public sealed class SpineSimulator : IAsyncDisposable
{
    private readonly SpineSimulatorHost host;
    private readonly TestServer? inMemory;
    private readonly string? adminApiKey;
    private readonly HttpClient adminHttp;

    private SpineSimulator(SpineSimulatorHost host, TestServer? inMemory, string? adminApiKey)
    {
        this.host = host;
        this.inMemory = inMemory;
        this.adminApiKey = adminApiKey;
        adminHttp = CreateHttpClient();
        Client = new SpineSimulatorClient(adminHttp);
        Journal = new SpineJournal(Client);
    }

    /// <summary>Where the simulator listens, e.g. <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress => host.BaseAddress;

    /// <summary>The URL clients send synchronous (SOAP) requests to.</summary>
    public Uri SyncServiceUrl => host.SyncServiceUrl;

    /// <summary>The URL clients send reliable asynchronous (ebXML) requests to.</summary>
    public Uri ReliableRequestUrl => new(host.BaseAddress, "/reliablemessaging/reliablerequest");

    /// <summary>The admin API of this simulator: permissions, LRs, directory, fault rules, journal, reset, outbox.</summary>
    public SpineSimulatorClient Client { get; }

    /// <summary>What the simulator received and answered, to assert on and to wait for.</summary>
    public SpineJournal Journal { get; }

    /// <summary>Starts a simulator and returns once it answers; dispose it to stop it.</summary>
    public static async Task<SpineSimulator> StartAsync(SpineSimulatorOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new SpineSimulatorOptions();
        var settings = new Dictionary<string, string?>(options.Settings);
        if (options.AdminApiKey is { } key)
        {
            settings["Simulator:AdminApiKey"] = key;
        }

        Action<WebApplicationBuilder>? inMemoryServer = options.InMemoryTransport ? builder => builder.WebHost.UseTestServer() : null;
        var host = await SpineSimulatorHost.StartAsync(settings, options.Time, options.Ids, options.Logs, inMemoryServer, cancellationToken);
        var server = options.InMemoryTransport ? (TestServer)host.Services.GetRequiredService<IServer>() : null;
        return new SpineSimulator(host, server, options.AdminApiKey);
    }

    /// <summary>
    /// An <see cref="HttpClient"/> to this simulator, its <see cref="HttpClient.BaseAddress"/> the simulator's root and the
    /// admin API key (when there is one) sent with every request: over the network, or in memory with
    /// <see cref="SpineSimulatorOptions.InMemoryTransport"/>. The caller disposes it.
    /// </summary>
    public HttpClient CreateHttpClient()
    {
        var http = inMemory is not null
            ? new HttpClient(inMemory.CreateHandler()) { BaseAddress = host.BaseAddress }
            : new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        if (adminApiKey is not null)
        {
            http.DefaultRequestHeaders.Add(AdminHeaders.ApiKey, adminApiKey);
        }

        return http;
    }

    /// <summary>Stops the simulator and releases its port.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        adminHttp.Dispose();
        await host.DisposeAsync();
    }
}
