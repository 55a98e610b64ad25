using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Directory;

/// <summary>
/// Keeps the <see cref="SpineDirectory"/> and its stored copy (<see cref="IDirectoryStore"/>) in step both ways: makes each
/// change of this process's to the stored copy (so it keeps what another replica stored a moment before) and shows the
/// result, and shows a copy another replica stored. One at a time, so a copy read from the store never replaces a change
/// of this process's that is not stored yet, and changes never overtake each other.
/// </summary>
public sealed class StoredDirectory(SpineDirectory directory, IDirectoryStore store) : IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);
    private long changesStored;

    public SpineDirectory Directory => directory;

    /// <summary>Makes a change of this process's to the stored directory and shows the result; it is stored when this returns.</summary>
    public void Change(Func<DirectoryData, DirectoryData> change)
    {
        // Called synchronously by the directory's change methods, which return only once the change is stored.
        turn.Wait();
        try
        {
            var stored = store.ChangeAsync(directory.Snapshot(), change, CancellationToken.None).GetAwaiter().GetResult();
            directory.ShowOwn(stored);
            changesStored = directory.SnapshotWithChanges().Changes;
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
