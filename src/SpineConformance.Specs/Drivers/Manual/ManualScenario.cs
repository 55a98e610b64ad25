using Reqnroll;

namespace SpineConformance.Specs.Drivers.Manual;

/// <summary>What the tester is told of where they are (the scenario, the step) and where their steps are logged.</summary>
public sealed record ManualScenario(string Title, Func<string?> CurrentStep, Action<string> Log)
{
    public static ManualScenario From(ScenarioContext context, IReqnrollOutputHelper output)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(output);
        var feature = context.ScenarioContainer.Resolve<FeatureContext>().FeatureInfo.Title;
        return new($"{feature}: {context.ScenarioInfo.Title}", () => Step(context.StepContext?.StepInfo), output.WriteLine);
    }

    private static string? Step(StepInfo? step) => step is null ? null : $"{step.StepInstance?.Keyword?.Trim() ?? step.StepDefinitionType.ToString()} {step.Text}";
}
