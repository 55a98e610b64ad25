using System.Net;
using SpineConformance.Simulator.Client;

namespace SpineConformance.Drivers.Simulator;

/// <summary>
/// A simulator the tester started (standalone, or hosted for several suppliers), asked through its admin API
/// (<c>/admin/…</c>, with <c>X-Api-Key</c> when it requires one).
/// </summary>
public sealed class AdminApiSimulatorControl : SimulatorControl, IDisposable
{
    public const string ApiKeyHeader = AdminHeaders.ApiKey;

    private static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(30);

    private readonly TimeProvider time;
    private readonly SpineSimulatorClient client;

    public AdminApiSimulatorControl(Uri baseAddress, string? apiKey, Func<Task> ready, TimeProvider time)
        : base(ready)
    {
        BaseAddress = baseAddress;
        this.time = time;
        client = SpineSimulatorClient.Create(baseAddress, apiKey);
    }

    public override Uri BaseAddress { get; }

    protected override SpineSimulatorClient Client => client;

    public void Dispose() => client.Dispose();

    internal override async Task<Uri> StartAsync()
    {
        using var http = new HttpClient { BaseAddress = BaseAddress };
        var (up, last) = await Patience.WaitForHealthAsync(time, http, new Uri("/healthcheck", UriKind.Relative), StartPatience);
        if (!up)
        {
            throw new InvalidOperationException(
                $"SimulatorUrl: the simulator did not answer at {BaseAddress}healthcheck within {StartPatience.TotalSeconds:0} s (last: {last}). " +
                "Start it first (dotnet run --project simulator/SpineConformance.Simulator -- --urls …), or set SimulatorMode=InProcess.");
        }

        try
        {
            await client.GetJournalMarkAsync();
            return BaseAddress;
        }
        catch (SpineSimulatorException refused) when (refused.StatusCode is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            throw new InvalidOperationException(
                $"SimulatorApiKey: the simulator at {BaseAddress} refused its admin API (HTTP {(int)refused.StatusCode}): set SimulatorApiKey to the key it was started with (--api-key).", refused);
        }
        catch (SpineSimulatorException refused)
        {
            throw new InvalidOperationException(
                $"SimulatorUrl: {BaseAddress} answers /healthcheck but not the simulator's admin API (/admin/journal: HTTP {(int)refused.StatusCode}). Is it a SpineConformance simulator?", refused);
        }
    }

    internal override ValueTask StopAsync() => ValueTask.CompletedTask;
}
