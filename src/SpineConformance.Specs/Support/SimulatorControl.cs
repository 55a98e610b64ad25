using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Delivery;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.State;
using Microsoft.Extensions.DependencyInjection;

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

    public async Task<IReadOnlyList<LegitimateRelationship>> RelationshipsAsync(string nhsNumber) =>
        (await environment.SimulatorAsync()).Services.GetRequiredService<IRelationshipStore>().ForPatient(nhsNumber);

    public async Task<IReadOnlyList<PrivacyAlert>> AlertsAsync(string nhsNumber) =>
        (await environment.SimulatorAsync()).Services.GetRequiredService<IRelationshipStore>().Alerts().Where(a => a.NhsNumber == nhsNumber).ToList();

    /// <summary>Adds a fault rule; scenarios that use one run serially (tag @serial) because rules apply to every request that matches.</summary>
    public async Task<FaultRule> AddFaultRuleAsync(FaultRule rule) =>
        (await environment.SimulatorAsync()).Services.GetRequiredService<FaultRules>().Add(rule);

    public async Task RemoveFaultRuleAsync(long id) =>
        (await environment.SimulatorAsync()).Services.GetRequiredService<FaultRules>().Remove(id);

    public async Task<IReadOnlyList<OutboundMessage>> OutboundForConversationAsync(string conversationId) =>
        (await environment.SimulatorAsync()).Services.GetRequiredService<IOutbox>().Snapshot().Where(m => m.ConversationId == conversationId).ToList();

    public async Task<SpineDirectory> DirectoryAsync() => (await environment.SimulatorAsync()).Services.GetRequiredService<SpineDirectory>();

    /// <summary>Sends an outbound message again, as the admin API's redeliver does.</summary>
    public async Task RedeliverAsync(long outboundId)
    {
        var simulator = await environment.SimulatorAsync();
        using var http = new HttpClient { BaseAddress = simulator.BaseAddress };
        using var response = await http.PostAsync(new Uri($"/admin/outbox/{outboundId}/redeliver", UriKind.Relative), null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary>Waits for a journal entry, event-driven, failing with the reason when none comes.</summary>
    public async Task<Simulator.Journal.JournalEntry> WaitForAsync(Func<Simulator.Journal.JournalEntry, bool> match, string what, TimeSpan timeout)
    {
        var simulator = await environment.SimulatorAsync();
        try
        {
            return await simulator.Journal.WaitForAsync(match, timeout);
        }
        catch (TimeoutException)
        {
            throw new AssertionException($"Waited {timeout.TotalSeconds:0.#} s for {what}; it did not happen.");
        }
    }

    /// <summary>A mark in the journal: exchanges after it were caused by what the scenario does next.</summary>
    public async Task<long> JournalMarkAsync() => (await environment.SimulatorAsync()).Journal.LastId;

    /// <summary>The inbound exchanges of an ebXML conversation, oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesInConversationAsync(string conversationId) =>
        (await environment.SimulatorAsync()).Journal.Snapshot().Where(e => e.ConversationId == conversationId).OrderBy(e => e.Id).ToList();

    /// <summary>Every inbound exchange after <paramref name="mark"/>, for actions that name no patient.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesAfterAsync(long mark) =>
        (await environment.SimulatorAsync()).Journal.Snapshot()
            .Where(e => e.Id > mark && e.Direction == Simulator.Journal.ExchangeDirection.Inbound).OrderBy(e => e.Id).ToList();

    /// <summary>Every exchange about a patient (by the NHS number in the payload) after <paramref name="mark"/>, oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesForAsync(string nhsNumber, long mark = 0)
    {
        var simulator = await environment.SimulatorAsync();
        return simulator.Journal.Snapshot().Where(e => e.Id > mark && e.NhsNumber == nhsNumber).OrderBy(e => e.Id).ToList();
    }
}
