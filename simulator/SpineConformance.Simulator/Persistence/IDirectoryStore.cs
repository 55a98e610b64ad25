using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Persistence;

/// <summary>Where the directory document outlives the process: saved after every change, loaded on start.</summary>
public interface IDirectoryStore
{
    /// <summary>The stored directory, or null when none has been stored yet.</summary>
    Task<DirectoryData?> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the stored directory; it has been committed when this returns.</summary>
    Task SaveAsync(DirectoryData data, CancellationToken cancellationToken);

    /// <summary>
    /// Applies <paramref name="change"/> to the stored directory (to <paramref name="unstored"/> when none is stored yet) and
    /// stores the result, as one step no other change can come between: two replicas changing the directory at the same
    /// moment each keep the other's change. Answers what was stored, committed when this returns.
    /// </summary>
    Task<DirectoryData> ChangeAsync(DirectoryData unstored, Func<DirectoryData, DirectoryData> change, CancellationToken cancellationToken);
}
