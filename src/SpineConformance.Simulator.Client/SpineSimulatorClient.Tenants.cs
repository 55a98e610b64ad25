using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Simulator.Client;

// Tenants (with the operator's key) and fresh synthetic patients (with any key).
public sealed partial class SpineSimulatorClient
{
    /// <summary>Creates a tenant (operator key only); the answer holds its API key, shown this once.</summary>
    public Task<TenantKeyIssued> CreateTenantAsync(TenantRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return PostAsync<TenantRequest, TenantKeyIssued>(new Uri("/admin/tenants", UriKind.Relative), request, cancellationToken);
    }

    /// <summary>Every tenant (operator key only), without keys.</summary>
    public Task<IReadOnlyList<TenantView>> GetTenantsAsync(CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<TenantView>>(new Uri("/admin/tenants", UriKind.Relative), cancellationToken);

    /// <summary>Replaces the systems a tenant owns (operator key only).</summary>
    public Task<TenantView> SetTenantSystemsAsync(long id, TenantSystemsBody systems, CancellationToken cancellationToken = default) =>
        PutAsync<TenantSystemsBody, TenantView>(new Uri($"/admin/tenants/{id}/systems", UriKind.Relative), systems, cancellationToken);

    /// <summary>Gives a tenant a new API key (operator key only); the old one stops working at once. The new key is shown this once.</summary>
    public Task<TenantKeyIssued> RotateTenantKeyAsync(long id, CancellationToken cancellationToken = default) =>
        PostAsync<object?, TenantKeyIssued>(new Uri($"/admin/tenants/{id}/key", UriKind.Relative), null, cancellationToken);

    /// <summary>Removes a tenant (operator key only); its key stops working. What its systems left in the journal stays.</summary>
    public Task DeleteTenantAsync(long id, CancellationToken cancellationToken = default) =>
        DeleteAsync(new Uri($"/admin/tenants/{id}", UriKind.Relative), cancellationToken);

    /// <summary>
    /// <paramref name="count"/> fresh synthetic patients: valid NHS numbers from the 999 test range that this simulator has
    /// never handed out before, so two suppliers' runs on one simulator never touch the same patient.
    /// </summary>
    public async Task<IReadOnlyList<NhsNumber>> AllocatePatientsAsync(int count = 1, CancellationToken cancellationToken = default)
    {
        var allocated = await PostAsync<AllocatePatientsRequest, AllocatedPatients>(
            new Uri("/admin/patients/allocate", UriKind.Relative), new AllocatePatientsRequest(count), cancellationToken);
        return [.. allocated.NhsNumbers.Select(NhsNumber.From)];
    }
}
