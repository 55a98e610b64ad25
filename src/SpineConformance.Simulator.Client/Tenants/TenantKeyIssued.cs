namespace SpineConformance.Simulator.Client;

/// <summary>
/// The answer to creating a tenant or rotating its key: the tenant, and its API key. The simulator keeps only the key's
/// hash, so this is the one time the key is shown: hand it to the organisation now.
/// </summary>
/// <param name="Tenant">The tenant.</param>
/// <param name="ApiKey">Its API key, sent as <c>X-Api-Key</c>.</param>
public sealed record TenantKeyIssued(TenantView Tenant, string ApiKey);
