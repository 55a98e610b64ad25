using SpineConformance.Simulator.Directory;

namespace SpineConformance.Simulator.Persistence.Memory;

/// <summary>The in-memory mode's directory store: the last document saved, gone with the process.</summary>
internal sealed class InMemoryDirectoryStore : IDirectoryStore
{
    private readonly Lock gate = new();
    private DirectoryData? saved;

    public Task<DirectoryData?> LoadAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Volatile.Read(ref saved));
    }

    public Task SaveAsync(DirectoryData data, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        Volatile.Write(ref saved, data);
        return Task.CompletedTask;
    }

    public Task<DirectoryData> ChangeAsync(DirectoryData unstored, Func<DirectoryData, DirectoryData> change, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (gate)
        {
            var changed = change(Volatile.Read(ref saved) ?? unstored);
            Volatile.Write(ref saved, changed);
            return Task.FromResult(changed);
        }
    }
}
