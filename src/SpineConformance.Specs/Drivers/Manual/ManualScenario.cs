using SpineConformance.Gherkin;

namespace SpineConformance.Specs.Drivers.Manual;

/// <summary>What the tester is told of where they are (the scenario, the step) and where their steps are logged.</summary>
public sealed record ManualScenario(string Title, Func<string?> CurrentStep, Action<string> Log)
{
    public static ManualScenario From(ScenarioContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return new($"{context.FeatureTitle}: {context.ScenarioTitle}", () => context.CurrentStep?.ToString(), context.Log);
    }
}
