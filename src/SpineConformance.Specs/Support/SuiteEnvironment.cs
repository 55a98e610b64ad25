using SpineConformance.ReferenceSut;
using SpineConformance.ReferenceSut.Spine;
using Microsoft.Extensions.DependencyInjection;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Specs.Support;

/// <summary>
/// The simulator and the system under test for the whole run: started once, on first use, on loopback ports the
/// OS assigns, and stopped when the run ends. Scenarios share them safely because each makes its own patients.
/// </summary>
public sealed class SuiteEnvironment : IAsyncDisposable
{
    private readonly Lazy<Task<Started>> started;

    public SuiteEnvironment(TestIdentities identities)
    {
        Identities = identities;
        started = new Lazy<Task<Started>>(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public TestIdentities Identities { get; }

    public async Task<SpineSimulatorHost> SimulatorAsync() => (await started.Value).Simulator;

    public async Task<Uri> SutBaseAddressAsync() => (await started.Value).Sut.BaseAddress;

    public async ValueTask DisposeAsync()
    {
        if (!started.IsValueCreated)
        {
            return;
        }

        var running = await started.Value;
        await running.Sut.DisposeAsync();
        await running.Simulator.DisposeAsync();
    }

    private async Task<Started> StartAsync()
    {
        var simulator = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?>
        {
            ["Simulator:SpineAsid"] = Identities.SpineAsid.Value,
            ["Simulator:SeedSyntheticPatients"] = "false",
        });
        var sut = await ReferenceSutHost.StartAsync(new ReferenceSutOptions
        {
            // Retries within a scenario's patience: the MHS behaviour under test is the same, only faster.
            Mhs = new MhsOptions { RetryInterval = TimeSpan.FromMilliseconds(300) },
            SpineBaseUrl = simulator.BaseAddress.ToString().TrimEnd('/'),
            SenderAsid = Identities.SystemAsid.Value,
            SpineAsid = Identities.SpineAsid.Value,
            User = new LoggedInUserOptions
            {
                RoleProfileId = Identities.RoleProfileId.Value,
                UserId = Identities.UserId.Value,
                JobRole = Identities.JobRole.Value,
            },
        });
        // Spine sends asynchronous replies to the SUT's MHS endpoint, as registered in SDS; retries here are quick too.
        var directory = simulator.Services.GetRequiredService<SpineDirectory>();
        var system = directory.SystemByAsid(Identities.SystemAsid.Value)
            ?? throw new InvalidOperationException($"The simulator's directory has no system with ASID {Identities.SystemAsid.Value}.");
        directory.Upsert(system with
        {
            MhsEndpoint = new Uri(sut.BaseAddress, "/mhs/inbound").ToString(),
            Reliability = system.Reliability with { RetryInterval = TimeSpan.FromMilliseconds(300) },
        });
        return new Started(simulator, sut);
    }

    private sealed record Started(SpineSimulatorHost Simulator, ReferenceSutHost Sut);
}
