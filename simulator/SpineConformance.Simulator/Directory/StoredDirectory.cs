using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Directory;

/// <summary>
/// Keeps the <see cref="SpineDirectory"/> and its stored copy (<see cref="IDirectoryStore"/>) in step both ways: stores
/// each change made in this process, and shows a copy another replica stored. One at a time, so a copy read from the store
/// never replaces a change of this process's that is not stored yet, and saves never overtake each other.
/// </summary>
public sealed class StoredDirectory(SpineDirectory directory, IDirectoryStore store) : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private long changesStored;

    public SpineDirectory Directory => directory;

    /// <summary>Stores the directory as it is now; the last save holds the newest snapshot, whichever change's event runs last.</summary>
    public void Save()
    {
        // Raised synchronously by a change, which returns only once the change is stored.
        turn.Wait();
        try
        {
            var (data, changes) = directory.SnapshotWithChanges();
            store.SaveAsync(data, CancellationToken.None).GetAwaiter().GetResult();
            changesStored = changes;
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>Reads the stored directory again and shows it (unless this process has a change of its own still to store); false when nothing is stored.</summary>
    public async Task<bool> ReadAgainAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        try
        {
            return await store.LoadAsync(cancellationToken) is { } stored && directory.ShowStored(stored, changesStored);
        }
        finally
        {
            turn.Release();
        }
    }

    public void Dispose() => turn.Dispose();
}
