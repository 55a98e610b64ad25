using SpineConformance.Gherkin.Tests.Support;

namespace SpineConformance.Gherkin.Tests.Bindings;

[Binding]
public sealed class HookBindings(Recorder recorder, ScenarioContext context)
{
    [BeforeTestRun]
    public static void BeforeTestRun(Recorder injected) => injected.Add("before test run");

    [BeforeFeature("hooked")]
    public static void BeforeFeature(FeatureInfo feature, Recorder injected) => injected.Add($"before feature {feature.Title}");

    [AfterFeature]
    public static void AfterFeature(Recorder injected) => injected.Add("after feature");

    [AfterTestRun]
    public static void AfterTestRun(Recorder injected) => injected.Add("after test run");

    [BeforeScenario(Order = 2)]
    public void SecondBeforeScenario() => recorder.Add($"before scenario (order 2) {context.ScenarioTitle}");

    [BeforeScenario(Order = 1)]
    public void FirstBeforeScenario() => recorder.Add($"before scenario (order 1) {context.ScenarioTitle}");

    [BeforeScenario("@audit")]
    public void AuditOnly() => recorder.Add($"audit {context.ScenarioTitle}");

    [BeforeStep]
    public void BeforeStep() => recorder.Add($"before step {context.CurrentStep?.Text}");

    [AfterStep]
    public void AfterStep() => recorder.Add($"after step {context.CurrentStep?.Text}");

    [AfterScenario]
    public void AfterScenario() => recorder.Add($"after scenario {context.ScenarioTitle}");

    [Given("a hook-watched step")]
    public void Step() => recorder.Add("step");
}
