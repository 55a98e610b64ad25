namespace SpineConformance.Simulator.Client;

/// <summary>The body of <c>POST /admin/tenants</c>: a new tenant's name and the systems it owns.</summary>
/// <param name="Name">A name for people, unique among tenants.</param>
/// <param name="Asids">The ASIDs it owns; none when empty.</param>
/// <param name="PartyKeys">The MHS party keys it owns; none when empty.</param>
public sealed record TenantRequest(string Name, IReadOnlyList<string>? Asids = null, IReadOnlyList<string>? PartyKeys = null);

/// <summary>The body of <c>PUT /admin/tenants/{id}/systems</c>: every system the tenant owns from now on.</summary>
/// <param name="Asids">The ASIDs it owns; none when empty.</param>
/// <param name="PartyKeys">The MHS party keys it owns; none when empty.</param>
public sealed record TenantSystemsBody(IReadOnlyList<string>? Asids = null, IReadOnlyList<string>? PartyKeys = null);
