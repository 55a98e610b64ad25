using Microsoft.Data.Sqlite;
using SpineConformance.Simulator.Hosting;

namespace SpineConformance.Simulator.Tests.Persistence;

/// <summary>A temporary SQLite data file for hosts started one after another; deleted (with its WAL files and journal body folder) on dispose.</summary>
internal sealed class DataFile : IDisposable
{
    public DataFile()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"spine-sim-{Environment.ProcessId}-{TestContext.CurrentContext.Test.ID}.db");
        Delete();
    }

    public string Path { get; }

    public Task<SpineSimulatorHost> StartHostAsync(IDictionary<string, string?>? extra = null, TimeProvider? time = null)
    {
        var settings = new Dictionary<string, string?> { ["Simulator:InMemory"] = "false", ["Simulator:DataFile"] = Path };
        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return SpineSimulatorHost.StartAsync(settings, time);
    }

    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path }.ToString());
        connection.Open();
        return connection;
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them before deleting it.
        SqliteConnection.ClearAllPools();
        Delete();
    }

    private void Delete() => DeleteAll(Path);

    /// <summary>Deletes a data file, its WAL files and its journal body folder, whichever exist.</summary>
    public static void DeleteAll(string path)
    {
        foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
        {
            File.Delete(path + suffix);
        }

        var bodies = Simulator.Persistence.Sqlite.JournalBodyFiles.FolderFor(path);
        if (System.IO.Directory.Exists(bodies))
        {
            System.IO.Directory.Delete(bodies, recursive: true);
        }
    }
}
