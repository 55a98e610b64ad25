namespace SpineConformance.Simulator.Directory;

/// <summary>Where the directory document outlives the process: saved after every change, loaded on start.</summary>
public interface IDirectoryStore
{
    /// <summary>The stored directory, or null when none has been stored yet.</summary>
    DirectoryData? Load();

    void Save(DirectoryData data);
}
