namespace SpineConformance.Simulator.Tenants;

/// <summary>
/// An organisation sharing a hosted simulator: its name, the SHA-256 of its API key (the key itself is never kept), and
/// the systems it owns. With its key it sees and changes only what belongs to those systems (README, "Tenants").
/// </summary>
/// <param name="Id">The id the store gave it; never reused.</param>
/// <param name="Name">A name for people, unique among tenants.</param>
/// <param name="KeySha256">The SHA-256 of its API key, lower-case hex.</param>
/// <param name="Systems">The ASIDs and party keys it owns.</param>
public sealed record Tenant(long Id, string Name, string KeySha256, TenantSystems Systems);

/// <summary>The systems a tenant owns: ASIDs (sync senders and reply recipients) and MHS party keys (ebXML senders).</summary>
public sealed record TenantSystems(IReadOnlyList<string> Asids, IReadOnlyList<string> PartyKeys)
{
    public static TenantSystems None { get; } = new([], []);

    public bool OwnsAsid(string? asid) => asid is not null && Asids.Contains(asid, StringComparer.Ordinal);

    public bool OwnsPartyKey(string? partyKey) => partyKey is not null && PartyKeys.Contains(partyKey, StringComparer.OrdinalIgnoreCase);
}
