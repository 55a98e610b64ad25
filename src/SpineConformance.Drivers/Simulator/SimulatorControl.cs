using System.Net;
using NUnit.Framework;
using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.Client;

namespace SpineConformance.Drivers.Simulator;

/// <summary>
/// What steps ask of the simulator: seed and read a patient's state, add fault rules, and find what the SUT sent it.
/// Every question goes through the simulator's admin API (<see cref="SpineSimulatorClient"/>), whether the simulator runs
/// inside the test process (<see cref="InProcessSimulatorControl"/>) or is one the tester started
/// (<see cref="AdminApiSimulatorControl"/>). Every question waits until the run's environment (simulator, SUT, the SUT's
/// SDS record) is ready.
/// </summary>
public abstract class SimulatorControl(Func<Task> ready)
{
    /// <summary>Where the simulator listens, once started.</summary>
    public abstract Uri BaseAddress { get; }

    /// <summary>The simulator's admin API, once started.</summary>
    protected abstract SpineSimulatorClient Client { get; }

    /// <summary>
    /// A synthetic patient no one has used on this simulator: a valid NHS number from its 999 test range that it never
    /// handed out before, so two suppliers' runs against one hosted simulator never touch the same patient.
    /// </summary>
    public async Task<NhsNumber> AllocatePatientAsync(CancellationToken cancellationToken)
    {
        await ready();
        return (await Client.AllocatePatientsAsync(1, cancellationToken))[0];
    }

    public async Task SeedPermissionsAsync(NhsNumber nhsNumber, AcsPermission? view, AcsPermission? store, CancellationToken cancellationToken)
    {
        await ready();
        await Client.SeedPermissionsAsync(new PatientPermissions(nhsNumber, view, store), cancellationToken);
    }

    public async Task<PatientPermissions> PermissionsAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        await ready();
        return await Client.GetPermissionsAsync(NhsNumber.From(nhsNumber), cancellationToken);
    }

    public async Task<IReadOnlyList<PermissionChange>> HistoryAsync(string nhsNumber, CancellationToken cancellationToken)
    {
        await ready();
        return await Client.GetPermissionHistoryAsync(NhsNumber.From(nhsNumber), cancellationToken);
    }

    public async Task<IReadOnlyList<LegitimateRelationship>> RelationshipsAsync(string nhsNumber)
    {
        await ready();
        return await Client.GetRelationshipsAsync(nhsNumber);
    }

    public async Task<IReadOnlyList<PrivacyAlert>> AlertsAsync(string nhsNumber)
    {
        await ready();
        return (await Client.GetAlertsAsync()).Where(a => a.NhsNumber == nhsNumber).ToList();
    }

    /// <summary>Adds a fault rule; steps key rules on the scenario's patient, so parallel scenarios are unaffected.</summary>
    public async Task<FaultRule> AddFaultRuleAsync(FaultRule rule)
    {
        await ready();
        return await Client.AddFaultRuleAsync(rule);
    }

    /// <summary>A mark in the journal: exchanges after it were caused by what the scenario does next.</summary>
    public async Task<long> JournalMarkAsync()
    {
        await ready();
        return await Client.GetJournalMarkAsync();
    }

    /// <summary>Every exchange about a patient (by the NHS number in the payload) after <paramref name="mark"/>, oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesForAsync(string nhsNumber, long mark = 0)
    {
        await ready();
        return await Client.GetJournalAsync(new JournalFilter(mark) { NhsNumber = nhsNumber });
    }

    /// <summary>Every inbound exchange after <paramref name="mark"/>, for actions that name no patient.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesAfterAsync(long mark)
    {
        await ready();
        return await Client.GetJournalAsync(new JournalFilter(mark) { Direction = ExchangeDirection.Inbound });
    }

    /// <summary>Every exchange after <paramref name="mark"/>, both ways, oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesSinceAsync(long mark)
    {
        await ready();
        return await Client.GetJournalAsync(new JournalFilter(mark));
    }

    /// <summary>The exchanges of an ebXML conversation (a request, its acknowledgement and its replies), oldest first.</summary>
    public async Task<IReadOnlyList<JournalEntry>> ExchangesInConversationAsync(string conversationId)
    {
        await ready();
        return await Client.GetJournalAsync(new JournalFilter { ConversationId = conversationId });
    }

    /// <summary>
    /// Waits until the journal holds at least <paramref name="count"/> exchanges of a conversation in one direction, and
    /// returns them oldest first; fails with <paramref name="what"/> when they do not come within <paramref name="timeout"/>.
    /// </summary>
    public async Task<IReadOnlyList<JournalEntry>> WaitForConversationAsync(
        string conversationId, ExchangeDirection direction, int count, string what, TimeSpan timeout)
    {
        await ready();
        var filter = new JournalFilter { ConversationId = conversationId, Direction = direction };
        try
        {
            return await Client.WaitForJournalAsync(filter, predicate: null, count, timeout);
        }
        catch (TimeoutException)
        {
            var seen = (await Client.GetJournalAsync(filter)).Count;
            throw new AssertionException($"Waited {timeout.TotalSeconds:0.#} s for {what}; it did not happen ({seen} of {count} seen).");
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
    internal Task<long> MarkWhileStartingAsync() => Client.GetJournalMarkAsync();

    /// <summary>The simulator's whole SDS directory; the environment registers the run's identities from it.</summary>
    internal Task<DirectoryData> DirectoryAsync() => Client.GetDirectoryAsync();

    /// <summary>
    /// Adds or replaces each record in the simulator's SDS directory, before the first scenario; one record at a time, so
    /// a hosted simulator's other suppliers keep theirs.
    /// </summary>
    /// <remarks>
    /// The system goes first: on a simulator shared by tenants an organisation is a tenant's because one of its systems
    /// serves it, so the suite's organisation, users and workgroup are accepted under its key only after its system.
    /// </remarks>
    internal async Task RegisterAsync(SuiteDirectoryRecords records)
    {
        var system = records.System;
        await RegisteringAsync(() => Client.PutSystemAsync(system), "SystemAsid, PartyKey, OrganisationCode",
            $"the system (ASID {system.Asid}, party key {system.PartyKey}, organisation {system.OdsCode})");
        await RegisteringAsync(() => Client.PutOrganisationAsync(records.Organisation), "OrganisationCode", $"organisation {records.Organisation.OdsCode}");
        foreach (var (user, settings) in records.Users.Zip(["UserId, RoleProfileId", "SecondUserId, SecondRoleProfileId", "RestrictedUserId, RestrictedRoleProfileId"]))
        {
            await RegisteringAsync(() => Client.PutUserAsync(user), settings, $"SDS user {user.UserId}");
        }

        await RegisteringAsync(() => Client.PutWorkgroupAsync(records.Workgroup), "WorkgroupId", $"workgroup {records.Workgroup.WorkgroupId}");
    }

    // On a simulator shared by several organisations each system, organisation, user and workgroup is one tenant's: say
    // which settings name something that is not this key's to register, and what to do.
    private static async Task RegisteringAsync(Func<Task> put, string settings, string what)
    {
        try
        {
            await put();
        }
        catch (SpineSimulatorException refused) when (refused.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.Conflict)
        {
            throw new InvalidOperationException(
                $"{settings}: the simulator refused to register {what} with SimulatorApiKey (HTTP {(int)refused.StatusCode}: {refused.Problem?.Detail ?? refused.Message}). "
                + "On a simulator shared by several organisations each system, organisation, user and workgroup belongs to one of them: set these to your "
                + "organisation's own (the system's ASID and party key must be ones the operator gave your tenant), or ask the simulator's operator.", refused);
        }
    }

    /// <summary>Starts the simulator (or checks the external one answers) and returns where it listens; the environment calls it once.</summary>
    internal abstract Task<Uri> StartAsync();

    internal abstract ValueTask StopAsync();
}
