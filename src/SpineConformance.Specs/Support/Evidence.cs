using System.Text.Json;
using SpineConformance.Simulator.Client;
using SpineConformance.Specs.Runner;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Specs.Support;

/// <summary>Attaches the messages and reports a step looked at, under that step, so the report explains itself.</summary>
public sealed class Evidence(ScenarioReport report)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void AttachExchange(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var what = entry.InteractionId ?? "request";
        report.Attach($"{what} sent by the SUT", "application/xml", entry.RequestBody);
        report.Attach($"Simulator's answer (HTTP {entry.StatusCode})", "application/xml", entry.ResponseBody);
    }

    public void Attach(string name, string contentType, byte[] content) => report.Attach(name, contentType, content);

    public void AttachReport(string name, ValidationReport validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        report.Attach(name, "text/plain", validation.Findings.Count == 0 ? "No findings: every check passed." : validation.ToString());
    }

    public void AttachJson(string name, object value) =>
        report.Attach(name, "application/json", JsonSerializer.Serialize(value, Json));
}
