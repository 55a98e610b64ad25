using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.State;

namespace SpineConformance.Specs.Support;

/// <summary>What steps ask of the simulator: seed a patient's state, and find what the SUT sent it.</summary>
public sealed class SimulatorControl(SuiteEnvironment environment)
{
    /// <summary>How long to wait for the SUT's message to reach the simulator. Synchronous calls arrive before the driver returns.</summary>
    public static readonly TimeSpan ExchangeTimeout = TimeSpan.FromSeconds(10);

    public async Task SeedPermissionsAsync(NhsNumber nhsNumber, AcsPermission? view, AcsPermission? store, CancellationToken cancellationToken)
    {
        var simulator = await environment.SimulatorAsync();
        await simulator.SeedPermissionsAsync(new PatientPermissions(nhsNumber, view, store), cancellationToken);
    }

    /// <summary>Every exchange so far about a patient (by the NHS number in the payload), oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesForAsync(string nhsNumber)
    {
        var simulator = await environment.SimulatorAsync();
        return simulator.Journal.Snapshot().Where(e => e.NhsNumber == nhsNumber).ToList();
    }

    public async Task<JournalEntry> WaitForExchangeAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        var simulator = await environment.SimulatorAsync();
        try
        {
            return await simulator.Journal.WaitForAsync(e => e.NhsNumber == nhsNumber, ExchangeTimeout, cancellationToken);
        }
        catch (TimeoutException)
        {
            throw new AssertionException(
                $"The system under test sent the simulator nothing about NHS number {nhsNumber} within {ExchangeTimeout.TotalSeconds} s. " +
                $"Check that it is configured to send to {simulator.SyncServiceUrl}.");
        }
    }
}
