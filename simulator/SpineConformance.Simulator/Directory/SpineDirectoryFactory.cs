using Microsoft.Extensions.Options;
using SpineConformance.Simulator.Hosting;
using SpineConformance.Simulator.Persistence;

namespace SpineConformance.Simulator.Directory;

/// <summary>Builds the directory at start, kept in step with its stored copy (<see cref="IDirectoryStore"/>) by <see cref="StoredDirectory"/>.</summary>
internal static class SpineDirectoryFactory
{
    /// <summary>
    /// Which directory the simulator starts with, first match wins:
    /// 1. <c>Simulator:DirectoryFile</c>, when given: an explicit choice, so it replaces whatever the data file holds
    ///    (and is stored in its place);
    /// 2. the directory stored in the data file, so edits made through the admin API or by messages survive a restart;
    /// 3. the embedded default directory (not stored until something changes it, so a newer simulator's default is seen
    ///    by a data file that never changed its directory).
    /// A seed file's directory (<c>Simulator:SeedFile</c>) is applied after this, at every start, and so wins over all three.
    /// </summary>
    public static StoredDirectory Create(IServiceProvider services)
    {
        var file = services.GetRequiredService<IOptions<SimulatorOptions>>().Value.DirectoryFile;
        var store = services.GetRequiredService<IDirectoryStore>();
        var explicitFile = file is { Length: > 0 } ? DirectoryJson.Read(file) : null;
        // Once, while the container builds the directory: a factory cannot await.
        var directory = new SpineDirectory(explicitFile ?? store.LoadAsync(CancellationToken.None).GetAwaiter().GetResult() ?? DirectoryJson.ReadDefault());
        if (explicitFile is not null)
        {
            store.SaveAsync(explicitFile, CancellationToken.None).GetAwaiter().GetResult();
        }

        var stored = new StoredDirectory(directory, store);
        directory.ChangeThrough(stored.Change);
        return stored;
    }
}
