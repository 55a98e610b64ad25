using System.Collections.Concurrent;

namespace SpineConformance.Reporting;

/// <summary>The self-diagnostic channel: what a report writer could not do. Reporting never throws into a run;
/// it records here instead, and the run summary shows these.</summary>
public sealed class ReportingDiagnostics
{
    private readonly ConcurrentQueue<string> messages = new();

    public IReadOnlyCollection<string> Messages => messages;

    public bool IsEmpty => messages.IsEmpty;

    internal void Record(string message) => messages.Enqueue(message);
}
