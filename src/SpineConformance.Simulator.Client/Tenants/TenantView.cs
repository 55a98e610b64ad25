namespace SpineConformance.Simulator.Client;

/// <summary>A tenant (organisation) as the admin API shows it: never its key, nor the key's hash.</summary>
/// <param name="Id">The tenant's id.</param>
/// <param name="Name">Its name, unique among tenants.</param>
/// <param name="Asids">The ASIDs it owns.</param>
/// <param name="PartyKeys">The MHS party keys it owns.</param>
public sealed record TenantView(long Id, string Name, IReadOnlyList<string> Asids, IReadOnlyList<string> PartyKeys);
