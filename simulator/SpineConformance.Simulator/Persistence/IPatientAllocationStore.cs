namespace SpineConformance.Simulator.Persistence;

/// <summary>
/// The counter behind <c>POST /admin/patients/allocate</c>: hands out serial numbers in blocks, each serial once only,
/// even across a restart and under concurrent requests.
/// </summary>
public interface IPatientAllocationStore
{
    /// <summary>
    /// Reserves <paramref name="count"/> consecutive serials no one was given before and returns the first (the first
    /// reservation of a new store starts at 0). It has been committed when this returns.
    /// </summary>
    Task<long> ReserveAsync(int count, CancellationToken cancellationToken);
}
