namespace SpineConformance.Gherkin;

/// <summary>One execution of a scenario case; <paramref name="Id"/> is unique within the run, so listeners key on it.</summary>
public sealed record ScenarioRun(long Id, ScenarioCase Case);

/// <summary>One step of a running scenario; <paramref name="Index"/> is its position in <see cref="ScenarioCase.Steps"/>.</summary>
public sealed record StepRun(int Index, GherkinStep Step);

public sealed record Attachment(string Name, string ContentType, ReadOnlyMemory<byte> Content);

/// <param name="Trace">The stack trace, or a longer explanation such as a step snippet.</param>
public sealed record StepError(string Message, string? Trace);
