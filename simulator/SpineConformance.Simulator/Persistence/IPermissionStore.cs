using SpineConformance.Hl7.Acs;
using SpineConformance.Hl7.Identifiers;
using SpineConformance.Simulator.State;

namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// Permission state and its history, keyed by NHS number. In memory for tests, SQLite for developers; PostgreSQL
/// later, so nothing but this interface knows where state lives. Changes to one patient are applied atomically and
/// in order: concurrent Sets never lose an update, and the history shows each one.
/// </summary>
public interface IPermissionStore
{
    Task<PatientPermissions?> FindAsync(NhsNumber nhsNumber, CancellationToken cancellationToken);

    /// <summary>
    /// Applies new values for some functions (<see langword="null"/> = back to the default, Ask) and records one
    /// history entry per function. Returns the state after the change.
    /// </summary>
    Task<PatientPermissions> ApplyAsync(
        NhsNumber nhsNumber,
        IReadOnlyDictionary<AcsFunction, AcsPermission?> values,
        ChangeAuthor by,
        DateTimeOffset at,
        CancellationToken cancellationToken);

    Task<IReadOnlyList<PermissionChange>> HistoryAsync(NhsNumber nhsNumber, CancellationToken cancellationToken);

    Task<IReadOnlyList<PatientPermissions>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Forgets the permissions and history of the patients in <paramref name="scope"/>; returns how many patients.</summary>
    Task<int> ResetAsync(ResetScope scope, CancellationToken cancellationToken);
}
