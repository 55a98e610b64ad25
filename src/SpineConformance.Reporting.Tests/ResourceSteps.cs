namespace SpineConformance.Reporting.Tests;

[Binding]
public sealed class ResourceSteps(ScenarioContext context)
{
    [Given(@"a patient with NHS number (\d+)")]
    public void Patient(long nhsNumber) => context.Log($"patient {nhsNumber}");

    [When("the resource is requested")]
    public void Request() => context.Attach("request", "application/xml", "<request/>");

    [Then("the response has the patient's resource")]
    public void Check() => context.Attach("response", "application/json", "{}");

    [Then("the response has another patient's resource")]
    public static void Wrong() => throw new AssertionException("Expected resource for 9434765919 but got 9434765870.");

    [Given("the simulator is down")]
    public static void Down() => throw new HttpRequestException("Connection refused (127.0.0.1:5000)");

    [Then("the request carries:")]
    public static void Carries(Table table) => ArgumentNullException.ThrowIfNull(table);
}
