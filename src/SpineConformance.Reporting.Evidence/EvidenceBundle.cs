using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace SpineConformance.Reporting.Evidence;

/// <summary>
/// A run's evidence as one zip file: the files added, in path order, and <c>SHA256SUMS</c>, the SHA-256 of every other
/// file in the format <c>sha256sum -c</c> reads, so anyone can check the bundle with standard tools.
/// </summary>
public sealed class EvidenceBundle
{
    public const string HashesFile = "SHA256SUMS";

    private readonly SortedDictionary<string, byte[]> files = new(StringComparer.Ordinal);

    public int Count => files.Count;

    public void Add(string path, byte[] content)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(content);
        var entry = path.Replace('\\', '/').TrimStart('/');
        if (entry == HashesFile || entry.Split('/').Contains(".."))
        {
            throw new ArgumentException($"'{path}' cannot be a file in an evidence bundle.", nameof(path));
        }

        files[entry] = content;
    }

    public void AddText(string path, string text) => Add(path, Encoding.UTF8.GetBytes(text));

    /// <summary>Every file under <paramref name="folder"/>, kept under <paramref name="prefix"/> with its relative path.</summary>
    public void AddFolder(string prefix, string folder, Func<string, bool>? include = null)
    {
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            if (include?.Invoke(relative) ?? true)
            {
                Add($"{prefix.TrimEnd('/')}/{relative}", File.ReadAllBytes(file));
            }
        }
    }

    /// <summary>Writes the zip (replacing any file there) and returns each file's SHA-256, as listed in <c>SHA256SUMS</c>.</summary>
    public IReadOnlyDictionary<string, string> Write(string zipPath)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(zipPath))!);
        var hashes = files.ToDictionary(f => f.Key, f => Convert.ToHexStringLower(SHA256.HashData(f.Value)), StringComparer.Ordinal);
        var partial = zipPath + ".partial";
        using (var zip = ZipFile.Open(partial, ZipArchiveMode.Create))
        {
            foreach (var (path, content) in files)
            {
                using var stream = zip.CreateEntry(path, CompressionLevel.Optimal).Open();
                stream.Write(content);
            }

            using var sums = new StreamWriter(zip.CreateEntry(HashesFile).Open(), new UTF8Encoding(false)) { NewLine = "\n" };
            foreach (var (path, hash) in hashes.OrderBy(h => h.Key, StringComparer.Ordinal))
            {
                sums.WriteLine($"{hash}  {path}");
            }
        }

        // Written whole, then moved: a reader never finds half a bundle.
        File.Move(partial, zipPath, overwrite: true);
        return hashes;
    }
}
