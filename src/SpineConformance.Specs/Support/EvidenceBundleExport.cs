using System.Globalization;
using System.Reflection;
using System.Text.Json;
using Reqnroll;
using SpineConformance.Drivers;
using SpineConformance.Drivers.Settings;
using SpineConformance.Reporting.Evidence;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Runner;

namespace SpineConformance.Specs.Support;

/// <summary>
/// After the last scenario, the run's evidence as one zip a supplier can hand to NHS assurance: what ran (the feature
/// files and the product version), against what (the settings and schema source), what was exchanged (the simulator's
/// journal with each message's exact bytes and validation report), how it went (the Allure results and a summary per
/// requirement), and SHA-256 hashes of every file. A bundle that cannot be written is reported, and never fails the run.
/// </summary>
[Binding]
public sealed class EvidenceBundleExport
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private static (EvidenceBundle Bundle, string Zip)? prepared;

    /// <summary>Gathers the bundle while the simulator still runs (its journal is part of it).</summary>
    [AfterTestRun(Order = int.MaxValue - 1)]
    public static async Task PrepareBundleAsync(SuiteEnvironment environment, SuiteSchemas schemas)
    {
        try
        {
            prepared = await PrepareAsync(environment, schemas, ReportPaths.AllureResults(), TimeProvider.System.GetUtcNow());
        }
#pragma warning disable CA1031 // Evidence is a report: its failure is told, not thrown into the run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await TestContext.Progress.WriteLineAsync($"The evidence bundle could not be written: {e.GetType().Name}: {e.Message}");
        }
    }

    /// <summary>
    /// Writes the bundle once Reqnroll's test run has ended: only then have its formatters finished the Cucumber HTML
    /// report and messages, which go in too.
    /// </summary>
    public static async Task WriteBundleAsync()
    {
        if (prepared is not { } bundle)
        {
            return;
        }

        prepared = null;
        try
        {
            foreach (var report in ReqnrollSwitches.CucumberReports().Where(File.Exists))
            {
                bundle.Bundle.Add($"cucumber/{Path.GetFileName(report)}", await File.ReadAllBytesAsync(report));
            }

            bundle.Bundle.Write(bundle.Zip);
            await TestContext.Progress.WriteLineAsync($"Evidence bundle: {bundle.Zip}");
        }
#pragma warning disable CA1031 // Evidence is a report: its failure is told, not thrown into the run.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await TestContext.Progress.WriteLineAsync($"The evidence bundle could not be written: {e.GetType().Name}: {e.Message}");
        }
    }

    public static async Task<(EvidenceBundle Bundle, string Zip)> PrepareAsync(SuiteEnvironment environment, SuiteSchemas schemas, string allureResults, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(schemas);
        var settings = environment.Settings;
        var features = Path.Combine(AppContext.BaseDirectory, "features");
        var scenarios = ScenarioResult.ReadAllureResults(allureResults);
        var ran = scenarios.Select(s => s.Feature).ToHashSet(StringComparer.Ordinal);
        var catalogues = RequirementCatalogue.ReadAll(features)
            .Where(c => ran.Any(f => f.StartsWith(Path.GetFileName(Path.GetDirectoryName(c.Path)) + "/", StringComparison.Ordinal))).ToList();
        var summary = RequirementSummary.From(catalogues, scenarios);
        var exchanges = await environment.Simulator.ExchangesSinceAsync(await environment.JournalMarkAtStartAsync());

        var bundle = new EvidenceBundle();
        bundle.AddText("manifest.json", JsonSerializer.Serialize(Manifest(settings, schemas, now, scenarios.Count, exchanges.Count), Json));
        bundle.AddText("summary.json", JsonSerializer.Serialize(summary, Json));
        bundle.AddText("summary.md", summary.ToMarkdown($"SpineConformance run of {now.UtcDateTime:yyyy-MM-dd HH:mm} UTC: requirements and outcomes"));
        bundle.AddFolder("features", features, relative => ran.Contains(relative) || (relative.EndsWith("REQUIREMENTS.md", StringComparison.Ordinal)
            && ran.Any(f => f.StartsWith(relative[..^"REQUIREMENTS.md".Length], StringComparison.Ordinal))));
        bundle.AddFolder("allure-results", allureResults);
        AddJournal(bundle, exchanges);

        var name = $"spineconformance-evidence-{now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture)}-{settings.SutDriver.ToString().ToLowerInvariant()}.zip";
        return (bundle, Path.Combine(settings.EvidenceDirectory, name));
    }

    private static object Manifest(SuiteSettings settings, SuiteSchemas schemas, DateTimeOffset now, int scenarios, int exchanges) => new
    {
        product = "SpineConformance",
        version = Version(),
        createdAt = now,
        schemaSource = schemas.Name,
        settings = settings.Describe(),
        scenarios,
        exchanges,
        contents = new Dictionary<string, string>
        {
            ["summary.md"] = "each requirement id with its outcome (summary.json: the same, and the scenario totals by status)",
            ["features/"] = "the feature files that ran, and their requirement catalogues",
            ["allure-results/"] = "the Allure results of the run (render with: npx allure generate allure-results)",
            ["cucumber/"] = "Reqnroll's Cucumber HTML report ({driver}.html, open it in a browser) and Cucumber messages ({driver}.ndjson)",
            ["journal/journal.json"] = "every exchange with the simulator in this run, oldest first, with its correlation ids and findings",
            ["journal/"] = "each exchange's exact bytes: {id}-request.*, {id}-response.*",
            ["validation/"] = "each message's validation report: {id}.txt",
            ["SHA256SUMS"] = "the SHA-256 of every other file (check with: sha256sum -c SHA256SUMS)",
        },
    };

    private static void AddJournal(EvidenceBundle bundle, IReadOnlyList<JournalEntry> exchanges)
    {
        var index = new List<object>();
        foreach (var e in exchanges)
        {
            var id = e.Id.ToString("D6", CultureInfo.InvariantCulture);
            var request = $"journal/{id}-request.{Extension(e.RequestBody)}";
            var response = $"journal/{id}-response.{Extension(e.ResponseBody)}";
            bundle.Add(request, e.RequestBody);
            bundle.Add(response, e.ResponseBody);
            bundle.AddText($"validation/{id}.txt", e.Validation.Findings.Count == 0
                ? $"Exchange {e.Id} ({e.InteractionId ?? e.Path}): no findings; the message passed every check the simulator made.\n"
                : $"Exchange {e.Id} ({e.InteractionId ?? e.Path}): {e.Validation.Findings.Count} finding(s)\n{e.Validation}\n");
            index.Add(new
            {
                e.Id, e.ReceivedAt, durationMs = e.Duration.TotalMilliseconds, direction = e.Direction.ToString(), e.Path, e.SoapAction, e.InteractionId,
                e.NhsNumber, e.SenderAsid, e.WsaMessageId, e.ConversationId, e.EbxmlMessageId, e.RefToMessageId, e.Attempt, e.StatusCode, e.Outcome,
                e.RequestContentType, request, response, validation = $"validation/{id}.txt", findings = e.Validation.Findings,
            });
        }

        bundle.AddText("journal/journal.json", JsonSerializer.Serialize(index, Json));
    }

    // SOAP and ebXML acknowledgements are XML; an ebXML message is MIME; an empty or other body is kept as it came.
    private static string Extension(byte[] body) =>
        body.Length == 0 ? "empty" : body.AsSpan().TrimStart(" \r\n\t"u8).StartsWith("<"u8) ? "xml" : body.AsSpan().StartsWith("--"u8) ? "mime" : "bin";

    private static string Version() =>
        typeof(EvidenceBundleExport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(EvidenceBundleExport).Assembly.GetName().Version?.ToString() ?? "unknown";
}
