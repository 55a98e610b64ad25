using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Persistence;

/// <summary>Where the directory document outlives the process: saved after every change, loaded on start.</summary>
public interface IDirectoryStore
{
    /// <summary>The stored directory, or null when none has been stored yet.</summary>
    Task<DirectoryData?> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the stored directory; it has been committed when this returns.</summary>
    Task SaveAsync(DirectoryData data, CancellationToken cancellationToken);
}
