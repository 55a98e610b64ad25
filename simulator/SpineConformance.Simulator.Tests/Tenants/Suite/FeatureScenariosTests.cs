namespace SpineConformance.Simulator.Tests.Tenants.Suite;

/// <summary>The scenario count the two-tenant test compares each run with: a scenario once, an outline once per example row.</summary>
public sealed class FeatureScenariosTests
{
    [Test]
    public void AScenarioCountsOnce_AndAnOutlineOncePerExampleRowOfEveryTable()
    {
        string[] feature =
        [
            "Feature: Get Resource Permissions",
            "  Background:",
            "    Given a patient",
            "  Scenario: A patient with no decision is shown as ask",
            "    Then the system shows \"ask\"",
            "  @ACS-GET-003",
            "  Scenario Outline: Each rule holds",
            "    Then rule <rule> holds",
            "    Examples: wrapper",
            "      | rule        |",
            "      | SYNC-HDR-TO |",
            "      | SYNC-HDR-ACTION |",
            "    Examples: business",
            "      A description of these rules.",
            "      | rule        |",
            "      | ACS-GET-NHS-NUMBER |",
            "  Scenario: A patient who dissented is shown as dissented",
            "    Then the system shows \"dissented\"",
            "      | a data table | is not an example |",
            "      | second row   | either            |",
        ];

        Assert.That(FeatureScenarios.CountIn(feature), Is.EqualTo(5));
    }
}
