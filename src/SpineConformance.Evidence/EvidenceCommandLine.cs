using System.CommandLine;
using System.IO.Compression;
using System.Text.Json;
using SpineConformance.Reporting.Evidence;

namespace SpineConformance.Evidence;

/// <summary>
/// <c>verify</c> checks a bundle as an assurance reader would (every hash, and optionally the summary against an Allure
/// report of the same results); <c>summary</c> prints its requirement summary. Exit code 0 only when all is well.
/// </summary>
public static class EvidenceCommandLine
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static RootCommand Build(TextWriter output, TextWriter error)
    {
        var bundle = new Argument<FileInfo>("bundle") { Description = "The evidence bundle (a .zip file the suite wrote into reports/evidence)." };
        var report = new Option<DirectoryInfo?>("--allure-report")
        {
            Description = "An Allure report (the folder allure generate wrote) of the bundle's own allure-results; its totals must equal the bundle's summary.",
            HelpName = "DIR",
        };
        var verify = new Command("verify", "Check every file against SHA256SUMS, and the summary against an Allure report when given.") { bundle, report };
        verify.SetAction(result => Verify(result.GetValue(bundle)!, result.GetValue(report), output, error));

        var summaryBundle = new Argument<FileInfo>("bundle") { Description = "The evidence bundle." };
        var summary = new Command("summary", "Print each requirement with its outcome.") { summaryBundle };
        summary.SetAction(result => Summary(result.GetValue(summaryBundle)!, output, error));

        var extractBundle = new Argument<FileInfo>("bundle") { Description = "The evidence bundle." };
        var into = new Argument<DirectoryInfo>("folder") { Description = "Where to unpack it (created if missing; files there are replaced)." };
        var extract = new Command("extract", "Unpack the bundle, e.g. to render its allure-results or read its journal.") { extractBundle, into };
        extract.SetAction(result =>
        {
            ZipFile.ExtractToDirectory(result.GetValue(extractBundle)!.FullName, result.GetValue(into)!.FullName, overwriteFiles: true);
            output.WriteLine($"Unpacked into {result.GetValue(into)!.FullName}");
            return 0;
        });

        return new RootCommand("Checks and shows a SpineConformance evidence bundle.\n\nExamples:\n"
            + "  dotnet run --project src/SpineConformance.Evidence -- verify reports/evidence/spineconformance-evidence-20261203T085354Z-inprocess.zip\n"
            + "  dotnet run --project src/SpineConformance.Evidence -- summary reports/evidence/spineconformance-evidence-20261203T085354Z-inprocess.zip\n"
            + "Without this tool: unzip the bundle and run sha256sum -c SHA256SUMS in its folder.") { verify, summary, extract };
    }

    private static int Verify(FileInfo bundle, DirectoryInfo? report, TextWriter output, TextWriter error)
    {
        if (!bundle.Exists)
        {
            error.WriteLine($"No evidence bundle at {bundle.FullName}.");
            return 2;
        }

        output.WriteLine($"Evidence bundle {bundle.FullName}");
        var problems = EvidenceBundleCheck.Verify(bundle.FullName, out var files).ToList();
        output.WriteLine(problems.Count == 0 ? $"  {files} files: every SHA-256 matches SHA256SUMS" : $"  {files} files hashed: the bundle does NOT verify (problems below)");
        var totals = ReadSummary(bundle.FullName)?.Totals;
        if (totals is null)
        {
            problems.Add("summary.json is missing or unreadable.");
        }
        else
        {
            output.WriteLine($"  Summary: {Describe(totals)}");
        }

        if (report is not null && totals is not null)
        {
            var stats = AllureStats(report);
            if (stats is null)
            {
                problems.Add($"{report.FullName}/summary.json is missing or has no stats: is it an Allure 3 report?");
            }
            else
            {
                var same = stats.Count == totals.Count && stats.All(s => totals.TryGetValue(s.Key, out var n) && n == s.Value);
                output.WriteLine($"  Allure report {report.FullName}: {Describe(stats)}: {(same ? "matches the summary" : "DIFFERS from the summary")}");
                if (!same)
                {
                    problems.Add($"The Allure report counts {Describe(stats)}, the bundle's summary {Describe(totals)}.");
                }
            }
        }

        if (problems.Count > 0)
        {
            error.WriteLine($"{problems.Count} problem(s):");
            foreach (var problem in problems)
            {
                error.WriteLine($"  {problem}");
            }
        }

        return problems.Count == 0 ? 0 : 1;
    }

    private static int Summary(FileInfo bundle, TextWriter output, TextWriter error)
    {
        using var zip = ZipFile.OpenRead(bundle.FullName);
        if (zip.GetEntry("summary.md") is not { } entry)
        {
            error.WriteLine($"{bundle.FullName} has no summary.md.");
            return 1;
        }

        using var reader = new StreamReader(entry.Open());
        output.Write(reader.ReadToEnd());
        return 0;
    }

    private static RequirementSummary? ReadSummary(string bundle)
    {
        using var zip = ZipFile.OpenRead(bundle);
        using var stream = zip.GetEntry("summary.json")?.Open();
        return stream is null ? null : JsonSerializer.Deserialize<RequirementSummary>(stream, Json);
    }

    private static Dictionary<string, int>? AllureStats(DirectoryInfo report)
    {
        var file = Path.Combine(report.FullName, "summary.json");
        if (!File.Exists(file))
        {
            return null;
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(file));
        return json.RootElement.TryGetProperty("stats", out var stats)
            ? stats.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number && p.Value.GetInt32() > 0 || p.Name == "total")
                .ToDictionary(p => p.Name, p => p.Value.GetInt32())
            : null;
    }

    private static string Describe(IReadOnlyDictionary<string, int> totals) => string.Join(", ", totals.OrderBy(t => t.Key == "total" ? 0 : 1).Select(t => $"{t.Value} {t.Key}"));
}
