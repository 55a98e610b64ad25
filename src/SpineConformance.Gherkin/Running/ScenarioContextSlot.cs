namespace SpineConformance.Gherkin.Running;

/// <summary>Lets the runner hand the scope its <see cref="ScenarioContext"/> before any binding is resolved.</summary>
internal sealed class ScenarioContextSlot
{
    public ScenarioContext? Context { get; set; }
}
