namespace SpineConformance.Simulator.Client;

// The SDS directory, fault rules and the outbox of asynchronous replies.
public sealed partial class SpineSimulatorClient
{
    /// <summary>The whole SDS directory: systems, users, organisations, workgroups and Spine's own party key.</summary>
    public Task<DirectoryData> GetDirectoryAsync(CancellationToken cancellationToken = default) =>
        GetAsync<DirectoryData>(new Uri("/admin/directory", UriKind.Relative), cancellationToken);

    /// <summary>Adds or replaces one accredited system (by ASID), leaving every other record as it is.</summary>
    public Task<AccreditedSystem> PutSystemAsync(AccreditedSystem system, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(system);
        return PutAsync<AccreditedSystem, AccreditedSystem>(DirectoryPath("systems", system.Asid), system, cancellationToken);
    }

    /// <summary>Adds or replaces one user (by SDS user id) with their role profiles.</summary>
    public Task<DirectoryUser> PutUserAsync(DirectoryUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        return PutAsync<DirectoryUser, DirectoryUser>(DirectoryPath("users", user.UserId), user, cancellationToken);
    }

    /// <summary>Adds or replaces one organisation (by ODS code).</summary>
    public Task<Organisation> PutOrganisationAsync(Organisation organisation, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(organisation);
        return PutAsync<Organisation, Organisation>(DirectoryPath("organisations", organisation.OdsCode), organisation, cancellationToken);
    }

    /// <summary>Adds or replaces one workgroup (by workgroup id).</summary>
    public Task<Workgroup> PutWorkgroupAsync(Workgroup workgroup, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workgroup);
        return PutAsync<Workgroup, Workgroup>(DirectoryPath("workgroups", workgroup.WorkgroupId), workgroup, cancellationToken);
    }

    /// <summary>Adds a fault rule and returns it with the id the simulator gave it; a rule it cannot use is refused (400) with the reason.</summary>
    public Task<FaultRule> AddFaultRuleAsync(FaultRule rule, CancellationToken cancellationToken = default) =>
        PostAsync<FaultRule, FaultRule>(new Uri("/admin/fault-rules", UriKind.Relative), rule, cancellationToken);

    /// <summary>Every fault rule, in the order they are tried.</summary>
    public Task<IReadOnlyList<FaultRule>> GetFaultRulesAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<FaultRule>>(new Uri("/admin/fault-rules", UriKind.Relative), cancellationToken);

    /// <summary>Removes one fault rule; <see cref="SpineSimulatorException"/> (404) when there is no such rule.</summary>
    public Task RemoveFaultRuleAsync(long id, CancellationToken cancellationToken = default) =>
        DeleteAsync(new Uri($"/admin/fault-rules/{id}", UriKind.Relative), cancellationToken);

    /// <summary>Every asynchronous message the simulator has queued, sent or given up on, without its bytes.</summary>
    public Task<IReadOnlyList<OutboxView>> GetOutboxAsync(CancellationToken cancellationToken = default) =>
        GetEveryPageAsync<OutboxView>(new Uri("/admin/outbox", UriKind.Relative), cancellationToken);

    /// <summary>Sends an outbound message again as a new attempt (a copy with the same ebXML MessageId); returns the copy.</summary>
    public Task<OutboxView> RedeliverAsync(long id, CancellationToken cancellationToken = default) =>
        PostAsync<object?, OutboxView>(new Uri($"/admin/outbox/{id}/redeliver", UriKind.Relative), null, cancellationToken);

    private static Uri DirectoryPath(string kind, string key) => new($"/admin/directory/{kind}/{Uri.EscapeDataString(key)}", UriKind.Relative);
}
