namespace SpineConformance.Reporting.Events;

/// <summary>One step of a running scenario; <paramref name="Index"/> is its position in the scenario, counting from 0.</summary>
/// <param name="Text">The step as written, keyword first, placeholders filled in: <c>Given a patient with NHS number 9434765919</c>.</param>
public sealed record ReportedStep(int Index, string Text)
{
    /// <summary>The step's data table, header row first; null when it has none.</summary>
    public IReadOnlyList<IReadOnlyList<string>>? DataTable { get; init; }

    public string? DocString { get; init; }
}

public sealed record ReportAttachment(string Name, string ContentType, ReadOnlyMemory<byte> Content);

/// <param name="Trace">The stack trace, or a longer explanation such as a suggested step binding.</param>
public sealed record ReportError(string Message, string? Trace);
