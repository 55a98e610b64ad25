using Microsoft.Extensions.Logging;
using SpineConformance.Hl7.Time;

namespace SpineConformance.Simulator.Testing;

/// <summary>How <see cref="SpineSimulator.StartAsync"/> starts the simulator. Every property is optional.</summary>
public sealed class SpineSimulatorOptions
{
    /// <summary>
    /// Configuration for the simulator, by the keys its <c>appsettings.json</c> uses, e.g. <c>Simulator:Strict</c> =
    /// <c>true</c>, or <c>urls</c> to fix the address. The default value is empty: in memory, on 127.0.0.1 and a port the
    /// OS assigns, with the embedded SDS directory and the synthetic patients.
    /// </summary>
    public IDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>
    /// No port: the simulator is reached only through <see cref="SpineSimulator.CreateHttpClient"/> (an in-memory
    /// transport), so nothing listens on the network and nothing can collide. For a system under test that takes an
    /// <see cref="HttpClient"/> or a handler; one that must be given a URL needs the default, a loopback port. The default
    /// value is <see langword="false"/>.
    /// </summary>
    public bool InMemoryTransport { get; init; }

    /// <summary>The key the admin API requires (<c>Simulator:AdminApiKey</c>); the client sends it. The default value is none.</summary>
    public string? AdminApiKey { get; init; }

    /// <summary>The simulator's clock, for a test that moves time itself. The default value is the system clock.</summary>
    public TimeProvider? Time { get; init; }

    /// <summary>Where the simulator's message and correlation ids come from. The default value is random GUIDs.</summary>
    public IIdSource? Ids { get; init; }

    /// <summary>A logger provider that receives what the simulator logs (Warning and above unless the settings say otherwise). The default value is none.</summary>
    public ILoggerProvider? Logs { get; init; }
}
