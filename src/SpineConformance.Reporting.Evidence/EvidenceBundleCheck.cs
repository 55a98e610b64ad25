using System.IO.Compression;
using System.Security.Cryptography;

namespace SpineConformance.Reporting.Evidence;

/// <summary>Checks a bundle as its reader would: every file listed in <c>SHA256SUMS</c> is there with that hash, and nothing else is.</summary>
public static class EvidenceBundleCheck
{
    /// <summary>Every problem found, in words; empty when the bundle verifies. <paramref name="checkedFiles"/> is how many files were hashed.</summary>
    public static IReadOnlyList<string> Verify(string zipPath, out int checkedFiles)
    {
        checkedFiles = 0;
        var problems = new List<string>();
        using var zip = ZipFile.OpenRead(zipPath);
        var sums = zip.GetEntry(EvidenceBundle.HashesFile);
        if (sums is null)
        {
            return [$"{zipPath} has no {EvidenceBundle.HashesFile}, so nothing in it can be verified."];
        }

        var listed = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var reader = new StreamReader(sums.Open()))
        {
            while (reader.ReadLine() is { } line)
            {
                var parts = line.Split("  ", 2);
                if (parts.Length != 2 || parts[0].Length != 64)
                {
                    problems.Add($"{EvidenceBundle.HashesFile}: '{line}' is not '<sha-256>  <path>'.");
                    continue;
                }

                listed[parts[1]] = parts[0];
            }
        }

        foreach (var entry in zip.Entries.Where(e => e.FullName != EvidenceBundle.HashesFile && !e.FullName.EndsWith('/')))
        {
            if (!listed.Remove(entry.FullName, out var expected))
            {
                problems.Add($"{entry.FullName} is in the bundle but not in {EvidenceBundle.HashesFile}.");
                continue;
            }

            using var stream = entry.Open();
            var actual = Convert.ToHexStringLower(SHA256.HashData(stream));
            checkedFiles++;
            if (actual != expected)
            {
                problems.Add($"{entry.FullName}: SHA-256 {actual}, but {EvidenceBundle.HashesFile} says {expected}: the file was changed.");
            }
        }

        problems.AddRange(listed.Keys.Select(missing => $"{missing} is listed in {EvidenceBundle.HashesFile} but missing from the bundle."));
        return problems;
    }
}
