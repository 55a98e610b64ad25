using NUnit.Framework;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Directory;
using SpineConformance.Simulator.Faults;
using SpineConformance.Simulator.Journal;
using SpineConformance.Simulator.Lr;
using SpineConformance.Simulator.State;

namespace SpineConformance.Drivers.Simulator;

/// <summary>
/// What steps ask of the simulator: seed and read a patient's state, add fault rules, and find what the SUT sent it.
/// The same questions whether the simulator runs inside the test process (<see cref="InProcessSimulatorControl"/>) or
/// is one the tester started (<see cref="AdminApiSimulatorControl"/>, through its admin API). Every question waits until
/// the run's environment (simulator, SUT, the SUT's SDS record) is ready.
/// </summary>
public abstract class SimulatorControl(Func<Task> ready)
{
    /// <summary>Where the simulator listens, once started.</summary>
    public abstract Uri BaseAddress { get; }

    public async Task SeedPermissionsAsync(NhsNumber nhsNumber, AcsPermission? view, AcsPermission? store, CancellationToken cancellationToken)
    {
        await ready();
        await SeedAsync(new PatientPermissions(nhsNumber, view, store), cancellationToken);
    }

    public async Task<PatientPermissions> PermissionsAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        await ready();
        return await HeldAsync(NhsNumber.From(nhsNumber), cancellationToken);
    }

    public async Task<IReadOnlyList<PermissionChange>> HistoryAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        await ready();
        return await PermissionHistoryAsync(NhsNumber.From(nhsNumber), cancellationToken);
    }

    public async Task<IReadOnlyList<LegitimateRelationship>> RelationshipsAsync(string nhsNumber)
    {
        await ready();
        return await RelationshipsOfAsync(nhsNumber);
    }

    public async Task<IReadOnlyList<PrivacyAlert>> AlertsAsync(string nhsNumber)
    {
        await ready();
        return (await AllAlertsAsync()).Where(a => a.NhsNumber == nhsNumber).ToList();
    }

    /// <summary>Adds a fault rule; steps key rules on the scenario's patient, so parallel scenarios are unaffected.</summary>
    public async Task<FaultRule> AddFaultRuleAsync(FaultRule rule)
    {
        await ready();
        return await AddRuleAsync(rule);
    }

    /// <summary>A mark in the journal: exchanges after it were caused by what the scenario does next.</summary>
    public async Task<long> JournalMarkAsync()
    {
        await ready();
        return await LastJournalIdAsync();
    }

    /// <summary>Every exchange about a patient (by the NHS number in the payload) after <paramref name="mark"/>, oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesForAsync(string nhsNumber, long mark = 0)
    {
        await ready();
        return Oldest(await EntriesAsync(new JournalFilter(mark) { NhsNumber = nhsNumber }));
    }

    /// <summary>Every inbound exchange after <paramref name="mark"/>, for actions that name no patient.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesAfterAsync(long mark)
    {
        await ready();
        return Oldest(await EntriesAsync(new JournalFilter(mark) { Direction = ExchangeDirection.Inbound }));
    }

    /// <summary>Every exchange after <paramref name="mark"/>, both ways, oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesSinceAsync(long mark)
    {
        await ready();
        return Oldest(await EntriesAsync(new JournalFilter(mark)));
    }

    /// <summary>The exchanges of an ebXML conversation (a request, its acknowledgement and its replies), oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesInConversationAsync(string conversationId)
    {
        await ready();
        return Oldest(await EntriesAsync(new JournalFilter(0) { ConversationId = conversationId }));
    }

    /// <summary>
    /// Waits until the journal holds at least <paramref name="count"/> exchanges of a conversation in one direction, and
    /// returns them oldest first; fails with <paramref name="what"/> when they do not come within <paramref name="timeout"/>.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntry>> WaitForConversationAsync(
        string conversationId, ExchangeDirection direction, int count, string what, TimeSpan timeout)
    {
        await ready();
        var filter = new JournalFilter(0) { ConversationId = conversationId, Direction = direction };
        using var patience = new CancellationTokenSource(timeout);
        while (true)
        {
            var mark = await LastJournalIdAsync();
            var found = Oldest(await EntriesAsync(filter));
            if (found.Count >= count)
            {
                return found;
            }

            if (!await NewEntryAfterAsync(mark, patience.Token))
            {
                throw new AssertionException($"Waited {timeout.TotalSeconds:0.#} s for {what}; it did not happen ({found.Count} of {count} seen).");
            }
        }
    }

    /// <summary>Sends bytes to the simulator as a client would (to replay what the SUT sent); returns the answer's body.</summary>
    public async Task<byte[]> SendAsync(string path, string? contentType, string? soapAction, byte[] body)
    {
        await ready();
        using var http = new HttpClient { BaseAddress = BaseAddress };
        using var content = new ByteArrayContent(body);
        content.Headers.TryAddWithoutValidation("Content-Type", contentType);
        using var message = new HttpRequestMessage(HttpMethod.Post, path) { Content = content };
        message.Headers.TryAddWithoutValidation("SOAPAction", soapAction);
        using var response = await http.SendAsync(message);
        return await response.Content.ReadAsByteArrayAsync();
    }

    /// <summary>The journal's mark now, for the environment while it starts (it cannot wait for itself to be ready).</summary>
    internal Task<long> MarkWhileStartingAsync() => LastJournalIdAsync();

    /// <summary>Starts the simulator (or checks the external one answers) and returns where it listens; the environment calls it once.</summary>
    internal abstract Task<Uri> StartAsync();

    /// <summary>The simulator's whole SDS directory; the environment registers the run's identities from it.</summary>
    internal abstract Task<DirectoryData> DirectoryAsync();

    /// <summary>Adds or replaces each record in the simulator's SDS directory, before the first scenario.</summary>
    internal abstract Task RegisterAsync(SuiteDirectoryRecords records);

    internal abstract ValueTask StopAsync();

    protected abstract Task SeedAsync(PatientPermissions permissions, CancellationToken cancellationToken);

    protected abstract Task<PatientPermissions> HeldAsync(NhsNumber nhsNumber, CancellationToken cancellationToken);

    protected abstract Task<IReadOnlyList<PermissionChange>> PermissionHistoryAsync(NhsNumber nhsNumber, CancellationToken cancellationToken);

    protected abstract Task<IReadOnlyList<LegitimateRelationship>> RelationshipsOfAsync(string nhsNumber);

    protected abstract Task<IReadOnlyList<PrivacyAlert>> AllAlertsAsync();

    protected abstract Task<FaultRule> AddRuleAsync(FaultRule rule);

    protected abstract Task<long> LastJournalIdAsync();

    protected abstract Task<IReadOnlyList<JournalEntry>> EntriesAsync(JournalFilter filter);

    /// <summary>Waits for any journal entry with an id above <paramref name="mark"/>; false when <paramref name="cancellationToken"/> ends the wait first.</summary>
    protected abstract Task<bool> NewEntryAfterAsync(long mark, CancellationToken cancellationToken);

    private static List<JournalEntry> Oldest(IEnumerable<JournalEntry> entries) => entries.OrderBy(e => e.Id).ToList();
}

/// <summary>Which journal entries a step wants: after a mark, and optionally one patient, conversation or direction.</summary>
public sealed record JournalFilter(long After)
{
    public string? NhsNumber { get; init; }

    public string? ConversationId { get; init; }

    public ExchangeDirection? Direction { get; init; }

    public bool Matches(JournalEntry e) =>
        e.Id > After
        && (NhsNumber is null || e.NhsNumber == NhsNumber)
        && (ConversationId is null || e.ConversationId == ConversationId)
        && (Direction is null || e.Direction == Direction);
}
