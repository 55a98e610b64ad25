using SpineConformance.Reporting.Evidence;

namespace SpineConformance.DefectDetection.Tests;

/// <summary>Scenario names, as the suite's Allure results give them, lead back to the requirement each scenario verifies.</summary>
public sealed class ScenarioRequirementsTests
{
    private static readonly ScenarioRequirements Requirements = ScenarioRequirements.From(
    [
        Result("Set Resource Permissions: Spine's error for an invalid NHS number is shown, and no success is claimed", "ACS-SET-005"),
        Result("Set Resource Permissions: Each Spine rule on Set Resource Permissions holds for the request the system sends (decision=express dissent, rule=SYNC-HDR-TO)", "ACS-SET-008"),
        Result("Reliable ebXML messaging between the system and Spine: The system reports an ebXML MessageError and does not retry", "MSG-005"),
        Result("Get Resource Permissions: A scenario with no requirement"),
    ]);

    [TestCase("Set Resource Permissions: Spine's error for an invalid NHS number is shown, and no success is claimed", "ACS-SET-005")]
    [TestCase("Set Resource Permissions: Each Spine rule on Set Resource Permissions holds for the request the system sends (decision=express dissent, rule=SYNC-HDR-TO)", "ACS-SET-008")]
    [TestCase("Reliable ebXML messaging between the system and Spine: The system reports an ebXML MessageError and does not retry", "MSG-005")]
    public void Of_AScenarioName_IsItsRequirement(string scenario, string requirement) =>
        Assert.That(Requirements.Of(scenario), Is.EqualTo(requirement));

    [TestCase("Some feature: some scenario")]
    [TestCase("Get Resource Permissions: A scenario with no requirement")]
    public void Of_AnUnknownNameOrOneWithNoRequirement_IsTheNameItself(string scenario) =>
        Assert.That(Requirements.Of(scenario), Is.EqualTo(scenario));

    private static ScenarioResult Result(string name, params string[] requirements) =>
        new($"acs/some.feature: {name}", name, "failed", requirements, new Dictionary<string, string>());
}
