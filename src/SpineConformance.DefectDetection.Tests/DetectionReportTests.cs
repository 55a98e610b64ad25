using SpineConformance.ReferenceSut.Defects;

namespace SpineConformance.DefectDetection.Tests;

/// <summary>The verdict and the table: a defect counts only when some scenario failed, and names stay short.</summary>
public sealed class DetectionReportTests
{
    private static readonly ScenarioRequirements Requirements = new(new Dictionary<string, string>
    {
        ["Set: one"] = "ACS-SET-001",
        ["Set: rule (rule=A)"] = "ACS-SET-008",
        ["Set: rule (rule=B)"] = "ACS-SET-008",
        ["Get: one"] = "ACS-GET-001",
    });

    private static readonly SuiteRun GreenBaseline = new(null, 136, [], TimeSpan.FromSeconds(5), null);

    private readonly DetectionReport report = new(Requirements);

    [Test]
    public void Abbreviate_GroupsFailedScenariosByRequirement_InIdOrder() =>
        Assert.That(report.Abbreviate(["Set: rule (rule=B)", "Set: one", "Get: one", "Set: rule (rule=A)"]),
            Is.EqualTo("ACS-GET-001, ACS-SET-001, ACS-SET-008 ×2"));

    [Test]
    public void Abbreviate_AScenarioWithNoRequirement_IsNamedShortened()
    {
        var name = "Untagged feature: " + new string('x', 80);

        Assert.That(report.Abbreviate([name]), Is.EqualTo(name[..57] + "..."));
    }

    [Test]
    public void Abbreviate_ManyRequirements_NamesTheFirstAndCountsTheRest()
    {
        var failed = Enumerable.Range(1, DetectionReport.GroupsShown + 3).Select(i => $"Untagged: {i:00}").ToList();

        Assert.That(report.Abbreviate(failed), Does.EndWith(" and 3 more").And.StartWith("Untagged: 01, "));
    }

    [Test]
    public void Passed_AGreenBaselineAndEveryDefectCaught_Passes() =>
        Assert.That(DetectionReport.Passed(GreenBaseline, [Caught(DefectCatalogue.WsaToMissing), Caught(DefectCatalogue.NoRbacBeforeSet)]), Is.True);

    [Test]
    public void Passed_ADefectNoScenarioFailed_Fails() =>
        Assert.That(DetectionReport.Passed(GreenBaseline, [Caught(DefectCatalogue.WsaToMissing), Run(DefectCatalogue.NoRbacBeforeSet, [])]), Is.False);

    [Test]
    public void Passed_ABrokenRun_FailsEvenWithFailures() =>
        Assert.That(DetectionReport.Passed(GreenBaseline, [Run(DefectCatalogue.WsaToMissing, ["Set: one"]) with { Problem = "stopped after 10 minutes" }]), Is.False);

    [Test]
    public void Passed_ABaselineWithAFailure_Fails() =>
        Assert.That(DetectionReport.Passed(GreenBaseline with { Failed = ["Get: one"] }, [Caught(DefectCatalogue.WsaToMissing)]), Is.False);

    [Test]
    public void Passed_ABaselineThatRanNothing_Fails() =>
        Assert.That(DetectionReport.Passed(GreenBaseline with { Scenarios = 0 }, [Caught(DefectCatalogue.WsaToMissing)]), Is.False);

    [Test]
    public void Table_HasARowPerDefect_WithItsDescriptionCountAndRequirements()
    {
        var rows = report.Table([Caught(DefectCatalogue.WsaToMissing), Run(DefectCatalogue.NoRbacBeforeSet, [])]).ToList();

        Assert.That(rows, Has.Count.EqualTo(4));
        Assert.That(rows[2], Is.EqualTo($"| T02-WSA-TO-MISSING | {DefectCatalogue.WsaToMissing.Description} | 2 | ACS-GET-001, ACS-SET-001 |"));
        Assert.That(rows[3], Does.StartWith("| B04-NO-RBAC-BEFORE-SET |").And.EndWith("| 0 | NOT CAUGHT |"));
    }

    [Test]
    public void Summary_SaysWhatWasCaughtAndTheWallTime()
    {
        var summary = DetectionReport.Summary(GreenBaseline, [Caught(DefectCatalogue.WsaToMissing), Run(DefectCatalogue.NoRbacBeforeSet, [])], TimeSpan.FromSeconds(185));

        Assert.That(summary, Is.EqualTo("Detection run: 2 defects, 1 caught, 1 not caught, 0 broken; baseline green: FAILED. Wall time 3 min 05 s."));
    }

    [Test]
    public void Markdown_ListsEveryFailedScenarioByName()
    {
        var markdown = report.Markdown(GreenBaseline, [Caught(DefectCatalogue.WsaToMissing)], TimeSpan.FromSeconds(40));

        Assert.That(markdown, Does.Contain("- `ACS-GET-001` Get: one").And.Contain("- `ACS-SET-001` Set: one"));
    }

    private static SuiteRun Caught(Defect defect) => Run(defect, ["Get: one", "Set: one"]);

    private static SuiteRun Run(Defect defect, IReadOnlyList<string> failed) => new(defect, 136, failed, TimeSpan.FromSeconds(6), null);
}
