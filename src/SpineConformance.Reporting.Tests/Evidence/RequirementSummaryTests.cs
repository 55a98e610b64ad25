using SpineConformance.Reporting.Evidence;

namespace SpineConformance.Reporting.Tests.Evidence;

/// <summary>The roll-up from scenarios to requirements, and the totals the Allure report shows.</summary>
public sealed class RequirementSummaryTests
{
    private static readonly RequirementCatalogue Catalogue = new("/features/acs/REQUIREMENTS.md",
    [
        new("ACS-GET-001", "Shown as ask", "SHALL", Covered: true),
        new("ACS-GET-002", "Shown as dissent", "SHALL", Covered: true),
        new("ACS-GET-003", "Spine's error shown", "SHALL", Covered: true),
        new("ACS-GET-009", "Later", "no public source", Covered: false),
    ]);

    [Test]
    public void From_ARequirementTakesItsWorstScenario_AndOneNoScenarioRanIsNotRun()
    {
        var summary = RequirementSummary.From([Catalogue],
        [
            Scenario("one", "passed", "ACS-GET-001"), Scenario("two", "failed", "ACS-GET-002"), Scenario("three", "passed", "ACS-GET-002"),
            Scenario("four", "skipped", "ACS-GET-001"),
        ]);

        Assert.That(summary.Requirements.Select(r => (r.Id, r.Outcome)), Is.EqualTo(new[]
        {
            ("ACS-GET-001", "skipped"), ("ACS-GET-002", "failed"), ("ACS-GET-003", RequirementSummary.NotRun), ("ACS-GET-009", RequirementSummary.NotYetCovered),
        }));
        Assert.That(summary.Totals, Is.EqualTo(new Dictionary<string, int> { ["total"] = 4, ["failed"] = 1, ["skipped"] = 1, ["passed"] = 2 }));
        Assert.That(summary.ToMarkdown("Run").Split('\n'), Has.Some.EqualTo("| ACS-GET-002 | acs | SHALL | failed | 1 failed, 1 passed | Shown as dissent |"));
    }

    [Test]
    public void Read_TakesIdTextAndLevel_AndKnowsTheNotYetCoveredTable()
    {
        var file = Path.Combine(Path.GetTempPath(), $"REQUIREMENTS-{TestContext.CurrentContext.Test.ID}.md");
        File.WriteAllText(file, """
            | id | requirement | level | source |
            |---|---|---|---|
            | LR-CREATE-001 | A referral LR is created | SHALL | LR.md §5 |

            ## Not yet covered

            | id | why |
            |---|---|
            | LR-CREATE-099 | no public source |
            """);
        try
        {
            var catalogue = RequirementCatalogue.Read(file);

            Assert.That(catalogue.Requirements, Is.EqualTo(new[]
            {
                new CataloguedRequirement("LR-CREATE-001", "A referral LR is created", "SHALL", true),
                new CataloguedRequirement("LR-CREATE-099", "no public source", string.Empty, false),
            }));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static ScenarioResult Scenario(string name, string status, string requirement) =>
        new($"acs/get.feature: {name}", name, status, [requirement], new Dictionary<string, string>());
}
