namespace SpineConformance.Drivers.Manual;

/// <summary>What the tester is told of where they are (the scenario, the step) and where their steps are logged.</summary>
public sealed record ManualScenario(string Title, Func<string?> CurrentStep, Action<string> Log);
