namespace SpineConformance.DefectDetection.Tests;

/// <summary>Scenario names, as the TRX holds them, lead back to the requirement each scenario verifies.</summary>
public sealed class ScenarioRequirementsTests
{
    private static readonly ScenarioRequirements Requirements =
        ScenarioRequirements.Load(Path.Combine(DetectionCommandLineTests.RepositoryRoot(), "features"));

    [TestCase("Set Resource Permissions: Spine's error for an invalid NHS number is shown, and no success is claimed", "ACS-SET-005")]
    [TestCase("Set Resource Permissions: Each Spine rule on Set Resource Permissions holds for the request the system sends (decision=express dissent, rule=SYNC-HDR-TO)", "ACS-SET-008")]
    [TestCase("Reliable ebXML messaging between the system and Spine: The system reports an ebXML MessageError and does not retry", "MSG-005")]
    public void Of_AScenarioName_IsItsRequirement(string scenario, string requirement) =>
        Assert.That(Requirements.Of(scenario), Is.EqualTo(requirement));

    [Test]
    public void Of_AnUnknownName_IsTheNameItself() =>
        Assert.That(Requirements.Of("Some feature: some scenario"), Is.EqualTo("Some feature: some scenario"));
}
