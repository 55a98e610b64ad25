using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.State;

namespace SpineConformance.Specs.Support;

/// <summary>What steps ask of the simulator: seed and read a patient's state, and find what the SUT sent it.</summary>
public sealed class SimulatorControl(SuiteEnvironment environment)
{
    public async Task SeedPermissionsAsync(NhsNumber nhsNumber, AcsPermission? view, AcsPermission? store, CancellationToken cancellationToken)
    {
        var simulator = await environment.SimulatorAsync();
        await simulator.SeedPermissionsAsync(new PatientPermissions(nhsNumber, view, store), cancellationToken);
    }

    public async Task<PatientPermissions> PermissionsAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        var simulator = await environment.SimulatorAsync();
        var patient = NhsNumber.From(nhsNumber);
        return await simulator.Permissions.FindAsync(patient, cancellationToken) ?? PatientPermissions.None(patient);
    }

    public async Task<IReadOnlyList<PermissionChange>> HistoryAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        var simulator = await environment.SimulatorAsync();
        return await simulator.Permissions.HistoryAsync(NhsNumber.From(nhsNumber), cancellationToken);
    }

    /// <summary>A mark in the journal: exchanges after it were caused by what the scenario does next.</summary>
    public async Task<long> JournalMarkAsync() => (await environment.SimulatorAsync()).Journal.LastId;

    /// <summary>Every exchange about a patient (by the NHS number in the payload) after <paramref name="mark"/>, oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesForAsync(string nhsNumber, long mark = 0)
    {
        var simulator = await environment.SimulatorAsync();
        return simulator.Journal.Snapshot().Where(e => e.Id > mark && e.NhsNumber == nhsNumber).OrderBy(e => e.Id).ToList();
    }
}
