namespace SpineConformance.Gherkin.Tests.Bindings;

[Binding]
public sealed class AmbiguousSteps
{
    [When("the step matches twice")]
    public static void First()
    {
    }

    [StepDefinition("the step matches .*")]
    public static void Second()
    {
    }
}
