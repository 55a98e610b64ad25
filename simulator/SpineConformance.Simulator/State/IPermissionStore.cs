using SpineConformance.Hl7.Identifiers;

namespace SpineConformance.Simulator.State;

/// <summary>
/// Permission state keyed by NHS number. In memory for tests, SQLite for developers; PostgreSQL later,
/// so nothing but this interface knows where state lives.
/// </summary>
public interface IPermissionStore
{
    Task<PatientPermissions?> FindAsync(NhsNumber nhsNumber, CancellationToken cancellationToken);

    Task SaveAsync(PatientPermissions permissions, CancellationToken cancellationToken);

    Task<IReadOnlyList<PatientPermissions>> ListAsync(CancellationToken cancellationToken);
}
