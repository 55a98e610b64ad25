using System.Diagnostics;
using System.Diagnostics.Metrics;
using SpineConformance.Simulator.Journal;

namespace SpineConformance.Simulator.Metrics;

/// <summary>
/// The simulator's metrics, on the meter <c>SpineConformance.Simulator</c>: one count and one duration per journaled
/// exchange (so inbound requests and outbound delivery attempts alike), tagged by direction, interaction, HTTP status
/// and outcome. NHS numbers and message ids are never tags. Read them with <c>dotnet-counters</c>, or export them with
/// <c>--otlp-endpoint</c>.
/// </summary>
public sealed class SimulatorMetrics : IDisposable
{
    public const string MeterName = "SpineConformance.Simulator";

    private readonly RequestJournal journal;
    private readonly Counter<long> exchanges;
    private readonly Histogram<double> duration;

    public SimulatorMetrics(IMeterFactory meters, RequestJournal journal)
    {
        this.journal = journal;
        Meter = meters.Create(MeterName);
        exchanges = Meter.CreateCounter<long>("spine.simulator.exchanges", "{exchange}", "Exchanges journaled: requests received and delivery attempts made.");
        duration = Meter.CreateHistogram<double>("spine.simulator.exchange.duration", "ms", "How long each exchange took, from receipt to answer.");
        journal.EntryAdded += Record;
    }

    public Meter Meter { get; }

    public void Dispose() => journal.EntryAdded -= Record;

    private void Record(object? sender, JournalEntry entry)
    {
        var tags = new TagList
        {
            { "direction", entry.Direction == ExchangeDirection.Inbound ? "inbound" : "outbound" },
            { "interaction", entry.InteractionId ?? "unknown" },
            { "http.response.status_code", entry.StatusCode },
            { "outcome", OutcomeClass(entry) },
        };
        exchanges.Add(1, tags);
        duration.Record(entry.Duration.TotalMilliseconds, tags);
    }

    // A few fixed values, so dashboards can group by them: the journal's outcome text is too varied to be a tag.
    private static string OutcomeClass(JournalEntry entry) => entry switch
    {
        { Outcome: var o } when o.Contains("fault rule", StringComparison.Ordinal) => "injected-fault",
        { StatusCode: >= 500 } or { StatusCode: 0 } => "error",
        { Outcome: var o } when o.StartsWith("AE", StringComparison.Ordinal) || o.Contains("MessageError", StringComparison.Ordinal) => "refused",
        { StatusCode: >= 400 } => "error",
        _ => "ok",
    };
}
