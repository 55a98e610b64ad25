using Microsoft.Extensions.DependencyInjection;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.Persistence;
using SpineConformance.Simulator.State;

namespace SpineConformance.Drivers.Simulator;

/// <summary>
/// The simulator inside the test process, asked directly through its services: the quickest and most exact, and the
/// journal's own events wake a waiting step.
/// </summary>
public sealed class InProcessSimulatorControl(IReadOnlyDictionary<string, string?> settings, Func<Task> ready) : SimulatorControl(ready)
{
    private SpineSimulatorHost? host;

    public override Uri BaseAddress => Host.BaseAddress;

    private SpineSimulatorHost Host => host ?? throw new InvalidOperationException("The in-process simulator has not started.");

    internal override async Task<Uri> StartAsync()
    {
        host = await SpineSimulatorHost.StartAsync(new Dictionary<string, string?>(settings));
        return host.BaseAddress;
    }

    internal override Task<DirectoryData> DirectoryAsync() =>
        Task.FromResult(Host.Services.GetRequiredService<SpineDirectory>().Snapshot());

    internal override Task RegisterAsync(SuiteDirectoryRecords records)
    {
        var directory = Host.Services.GetRequiredService<SpineDirectory>();
        directory.Upsert(records.Organisation);
        directory.Upsert(records.System);
        foreach (var user in records.Users)
        {
            directory.Upsert(user);
        }

        directory.Upsert(records.Workgroup);
        return Task.CompletedTask;
    }

    internal override async ValueTask StopAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }
    }

    protected override Task SeedAsync(PatientPermissions permissions, CancellationToken cancellationToken) =>
        Host.SeedPermissionsAsync(permissions, cancellationToken);

    protected override async Task<PatientPermissions> HeldAsync(NhsNumber nhsNumber, CancellationToken cancellationToken) =>
        await Host.Permissions.FindAsync(nhsNumber, cancellationToken) ?? PatientPermissions.None(nhsNumber);

    protected override Task<IReadOnlyList<PermissionChange>> PermissionHistoryAsync(NhsNumber nhsNumber, CancellationToken cancellationToken) =>
        Host.Permissions.HistoryAsync(nhsNumber, cancellationToken);

    protected override async Task<IReadOnlyList<LegitimateRelationship>> RelationshipsOfAsync(string nhsNumber) =>
        NhsNumber.Parse(nhsNumber) is { Success: true } patient
            ? await Host.Services.GetRequiredService<IRelationshipStore>().ForPatientAsync(patient.Value, CancellationToken.None)
            : [];

    protected override Task<IReadOnlyList<PrivacyAlert>> AllAlertsAsync() =>
        Host.Services.GetRequiredService<IRelationshipStore>().AlertsAsync(CancellationToken.None);

    protected override Task<FaultRule> AddRuleAsync(FaultRule rule) =>
        Host.Services.GetRequiredService<IFaultRuleStore>().AddAsync(rule, CancellationToken.None);

    protected override Task<long> LastJournalIdAsync() => Task.FromResult(Host.Journal.LastId);

    protected override Task<IReadOnlyList<JournalEntry>> EntriesAsync(JournalFilter filter) =>
        Task.FromResult<IReadOnlyList<JournalEntry>>(Host.Journal.Snapshot().Where(filter.Matches).ToList());

    protected override async Task<bool> NewEntryAfterAsync(long mark, CancellationToken cancellationToken)
    {
        try
        {
            await Host.Journal.WaitForAsync(e => e.Id > mark, Timeout.InfiniteTimeSpan, cancellationToken);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }
}
