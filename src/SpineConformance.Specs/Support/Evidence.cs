using System.Text.Json;
using SpineConformance.Gherkin;
using SpineConformance.Simulator.Journal;
using SpineConformance.Validation.Findings;

namespace SpineConformance.Specs.Support;

/// <summary>Attaches the messages and reports a step looked at, under that step, so the report explains itself.</summary>
public sealed class Evidence(ScenarioContext context)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public void AttachExchange(JournalEntry entry)
    {
        var what = entry.InteractionId ?? "request";
        context.Attach($"{what} sent by the SUT", "application/xml", entry.RequestBody);
        context.Attach($"Simulator's answer (HTTP {entry.StatusCode})", "application/xml", entry.ResponseBody);
    }

    public void Attach(string name, string contentType, byte[] content) => context.Attach(name, contentType, content);

    public void AttachReport(string name, ValidationReport report) =>
        context.Attach(name, "text/plain", report.Findings.Count == 0 ? "No findings: every check passed." : report.ToString());

    public void AttachJson(string name, object value) =>
        context.Attach(name, "application/json", JsonSerializer.Serialize(value, Json));
}
