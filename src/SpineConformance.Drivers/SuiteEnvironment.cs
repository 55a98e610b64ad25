using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Drivers.Settings;
using SpineConformance.Drivers.Simulator;
using SpineConformance.ReferenceSut;
using SpineConformance.ReferenceSut.Mhs;
using SpineConformance.ReferenceSut.Spine;

namespace SpineConformance.Drivers;

/// <summary>
/// The simulator and the system under test for the whole run, started once on first use and stopped when the run
/// ends. The simulator runs in-process (on <c>SimulatorUrl</c>, or a loopback port the OS assigns) or, with
/// <c>SimulatorMode=External</c>, is the one at <c>SimulatorUrl</c>, reached through its admin API. The SUT is the
/// reference SUT, started in-process (with the run's identities, RBAC policy and forms), unless <c>SutBaseUrl</c> names the
/// supplier's own system, which must already be running. Either way the run's identities (the system's ASID, party key,
/// CPA id and MHS endpoint, its organisation, the clinician, the second clinician, the restricted user and the workgroup)
/// are registered in the simulator's SDS directory before the first scenario.
/// Scenarios share both safely because each makes its own patients.
/// </summary>
public sealed class SuiteEnvironment : IAsyncDisposable
{
    private static readonly TimeSpan SutStartPatience = TimeSpan.FromSeconds(30);
    private readonly Lazy<Task<Started>> started;

    public SuiteEnvironment(SuiteSettings settings, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(time);
        Settings = settings;
        Time = time;
        started = new Lazy<Task<Started>>(StartAsync, LazyThreadSafetyMode.ExecutionAndPublication);
        Simulator = settings.SimulatorMode == SimulatorMode.External
            ? new AdminApiSimulatorControl(settings.SimulatorUrl!, settings.SimulatorApiKey, ReadyAsync, time)
            : new InProcessSimulatorControl(InProcessSimulatorSettings(settings), ReadyAsync);
    }

    public SuiteSettings Settings { get; }

    /// <summary>The run's clock: every wait the drivers make runs on it.</summary>
    public TimeProvider Time { get; }

    public TestIdentities Identities => Settings.Identities;

    /// <summary>The run's simulator; each of its questions waits until the environment is ready.</summary>
    public SimulatorControl Simulator { get; }

    /// <summary>Starts everything on first call; later calls wait for the same start.</summary>
    public Task ReadyAsync() => started.Value;

    public async Task<Uri> SutBaseAddressAsync() => (await started.Value).SutBaseAddress;

    /// <summary>The simulator's journal mark once the run was ready: this run's exchanges come after it (an external simulator may hold others).</summary>
    public async Task<long> JournalMarkAtStartAsync() => (await started.Value).JournalMarkAtStart;

    /// <summary>The reference SUT the suite started; only when <c>SutBaseUrl</c> is empty.</summary>
    public async Task<ReferenceSutHost> ReferenceSutAsync() =>
        (await started.Value).ReferenceSut ?? throw new InvalidOperationException("The suite did not start the reference SUT: SutBaseUrl names another system.");

    public async ValueTask DisposeAsync()
    {
        if (started.IsValueCreated && started.Value.IsCompletedSuccessfully && started.Value.Result.ReferenceSut is { } sut)
        {
            await sut.DisposeAsync();
        }

        await Simulator.StopAsync();
        (Simulator as IDisposable)?.Dispose();
    }

    private static Dictionary<string, string?> InProcessSimulatorSettings(SuiteSettings settings)
    {
        var simulatorSettings = new Dictionary<string, string?>
        {
            ["Simulator:SpineAsid"] = settings.Identities.SpineAsid.Value,
            ["Simulator:SeedSyntheticPatients"] = "false",
        };
        if (settings.SimulatorUrl is { } listen)
        {
            simulatorSettings["urls"] = listen.ToString().TrimEnd('/');
        }

        return simulatorSettings;
    }

    private async Task<Started> StartAsync()
    {
        var simulatorAddress = await Simulator.StartAsync();
        ReferenceSutHost? referenceSut = null;
        Uri sutBaseAddress, mhsEndpoint;
        if (Settings.StartsReferenceSut)
        {
            referenceSut = await ReferenceSutHost.StartAsync(new ReferenceSutOptions
            {
                // Retries within a scenario's patience: the MHS behaviour under test is the same, only faster.
                Mhs = new MhsOptions { RetryInterval = TimeSpan.FromMilliseconds(300), PartyKey = Identities.PartyKey, CpaId = Identities.CpaIds[0] },
                SpineBaseUrl = simulatorAddress.ToString().TrimEnd('/'),
                SenderAsid = Identities.SystemAsid.Value,
                SpineAsid = Identities.SpineAsid.Value,

                // The mistakes a detection run switches on (SutDefects); none for an ordinary run.
                Defects = [.. Settings.SutDefects],

                // The alternative forms a run switches on (SutForms) to prove the suite accepts them; none for an ordinary run.
                Forms = [.. Settings.SutForms],
                Rbac = new ReferenceSut.Rbac.RbacOptions
                {
                    JobRolesThatMayView = string.Join(",", Identities.Rbac.View),
                    JobRolesThatMayChange = string.Join(",", Identities.Rbac.Set),
                    JobRolesThatMayManageLegitimateRelationships = string.Join(",", Identities.Rbac.Lr),
                    JobRolesThatMayAdministerWorkgroups = string.Join(",", Identities.Rbac.WorkgroupAdmin),
                },
                User = new LoggedInUserOptions
                {
                    RoleProfileId = Identities.RoleProfileId.Value,
                    UserId = Identities.UserId.Value,
                    JobRole = Identities.JobRole.Value,
                },
            });
            sutBaseAddress = referenceSut.BaseAddress;
            mhsEndpoint = new Uri(referenceSut.BaseAddress, "/mhs/inbound");
        }
        else
        {
            sutBaseAddress = Settings.SutBaseUrl!;
            mhsEndpoint = Settings.SutMhsEndpoint!;
            await WaitForSutAsync(sutBaseAddress, Settings.SutDriver);
        }

        await RegisterSutAsync(mhsEndpoint);
        return new Started(referenceSut, sutBaseAddress, await Simulator.MarkWhileStartingAsync());
    }

    // Spine knows a system and its people by their SDS records: the suite's identities, every interaction the features
    // use, the MHS endpoint asynchronous replies go to (with quick retries, so a lost acknowledgement is retried within a
    // scenario), and the users, organisation and workgroup the scenarios name by their role.
    private async Task RegisterSutAsync(Uri mhsEndpoint) =>
        await Simulator.RegisterAsync(SuiteDirectoryRecords.From(await Simulator.DirectoryAsync(), Identities, mhsEndpoint));

    // A system the tester runs must be up before the first scenario; say so plainly when it is not.
    private async Task WaitForSutAsync(Uri baseAddress, SutDriverKind driver)
    {
        var probe = driver == SutDriverKind.TestHook ? new Uri(baseAddress, "/test-hook/health") : baseAddress;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var (up, last) = await Patience.WaitForHealthAsync(Time, http, probe, SutStartPatience);
        if (!up)
        {
            throw new InvalidOperationException(
                $"The system under test did not answer at {probe} within {SutStartPatience.TotalSeconds:0} s (last: {last}). Start it first, and check SutBaseUrl"
                + (driver == SutDriverKind.TestHook ? " and that it serves the test hook (GET /test-hook/health answers 200)." : "."));
        }
    }

    private sealed record Started(ReferenceSutHost? ReferenceSut, Uri SutBaseAddress, long JournalMarkAtStart);
}
