namespace SpineConformance.Gherkin;

public enum HookType
{
    BeforeTestRun,
    AfterTestRun,
    BeforeFeature,
    AfterFeature,
    BeforeScenario,
    AfterScenario,
    BeforeStep,
    AfterStep,
}
