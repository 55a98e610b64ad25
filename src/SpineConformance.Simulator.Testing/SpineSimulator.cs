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

    private SpineSimulator(SpineSimulatorHost host, SpineSimulatorClient client)
    {
        this.host = host;
        Client = client;
        Journal = new SpineJournal(client);
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

        var host = await SpineSimulatorHost.StartAsync(settings, options.Time, options.Ids, options.Logs, cancellationToken);
        return new SpineSimulator(host, SpineSimulatorClient.Create(host.BaseAddress, options.AdminApiKey));
    }

    /// <summary>Stops the simulator and releases its port.</summary>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await host.DisposeAsync();
    }
}
