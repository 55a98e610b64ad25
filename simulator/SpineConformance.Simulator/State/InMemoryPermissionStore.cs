using System.Collections.Concurrent;
using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Simulator.State;

internal sealed class InMemoryPermissionStore : IPermissionStore
{
    private readonly ConcurrentDictionary<string, PatientPermissions> patients = new(StringComparer.Ordinal);

    public Task<PatientPermissions?> FindAsync(NhsNumber nhsNumber, CancellationToken cancellationToken) =>
        Task.FromResult(patients.GetValueOrDefault(nhsNumber.Value));

    public Task SaveAsync(PatientPermissions permissions, CancellationToken cancellationToken)
    {
        patients[permissions.NhsNumber.Value] = permissions;
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<PatientPermissions>> ListAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<PatientPermissions>>(patients.Values.OrderBy(p => p.NhsNumber.Value, StringComparer.Ordinal).ToList());
}
