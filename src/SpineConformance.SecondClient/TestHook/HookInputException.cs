namespace SpineConformance.SecondClient.TestHook;

/// <summary>A test-hook request the system cannot act on (not a refusal a user would see): answered 400 naming what was wrong.</summary>
internal sealed class HookInputException(string problem) : Exception(problem);
