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

    private static readonly SuiteRun GreenBaseline = new(null, 136, [], TimeSpan.FromSeconds(5), null) { Target = BaselineTargets.ReferenceSut };

    private static readonly SuiteRun GreenSecondClient = GreenBaseline with { Target = BaselineTargets.SecondClient };

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
        Assert.That(DetectionReport.Passed([GreenBaseline, GreenSecondClient], [Caught(DefectCatalogue.WsaToMissing), Caught(DefectCatalogue.NoRbacBeforeSet)]), Is.True);

    [Test]
    public void Passed_ADefectNoScenarioFailed_Fails() =>
        Assert.That(DetectionReport.Passed([GreenBaseline, GreenSecondClient], [Caught(DefectCatalogue.WsaToMissing), Run(DefectCatalogue.NoRbacBeforeSet, [])]), Is.False);

    [Test]
    public void Passed_ABrokenRun_FailsEvenWithFailures() =>
        Assert.That(DetectionReport.Passed([GreenBaseline, GreenSecondClient], [Run(DefectCatalogue.WsaToMissing, ["Set: one"]) with { Problem = "stopped after 10 minutes" }]), Is.False);

    [Test]
    public void Passed_ABaselineWithAFailure_Fails() =>
        Assert.That(DetectionReport.Passed([GreenBaseline with { Failed = ["Get: one"] }, GreenSecondClient], [Caught(DefectCatalogue.WsaToMissing)]), Is.False);

    [Test]
    public void Passed_ABaselineThatRanNothing_Fails() =>
        Assert.That(DetectionReport.Passed([GreenBaseline with { Scenarios = 0 }, GreenSecondClient], [Caught(DefectCatalogue.WsaToMissing)]), Is.False);

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
        var summary = DetectionReport.Summary([GreenBaseline, GreenSecondClient], [Caught(DefectCatalogue.WsaToMissing), Run(DefectCatalogue.NoRbacBeforeSet, [])], TimeSpan.FromSeconds(185));

        Assert.That(summary, Is.EqualTo("Detection run: 2 defects, 1 caught, 1 not caught, 0 broken; baselines 2 of 2 green: FAILED. Wall time 3 min 05 s."));
    }

    [Test]
    public void Markdown_ListsEveryFailedScenarioByName()
    {
        var markdown = report.Markdown([GreenBaseline], [Caught(DefectCatalogue.WsaToMissing)], TimeSpan.FromSeconds(40));

        Assert.That(markdown, Does.Contain("- `ACS-GET-001` Get: one").And.Contain("- `ACS-SET-001` Set: one"));
    }

    [Test]
    public void Passed_ASecondClientBaselineWithAFailure_FailsThoughTheReferenceSutIsGreen() =>
        Assert.That(DetectionReport.Passed([GreenBaseline, GreenSecondClient with { Failed = ["Get: one"] }], [Caught(DefectCatalogue.WsaToMissing)]), Is.False);

    [Test]
    public void Passed_ASkippedBaseline_CountsNeitherWay() =>
        Assert.That(DetectionReport.Passed([GreenBaseline, Skipped(BaselineTargets.ReferenceSutAllForms)], [Caught(DefectCatalogue.WsaToMissing)]), Is.True);

    [Test]
    public void Passed_OnlySkippedBaselines_Fails() =>
        Assert.That(DetectionReport.Passed([Skipped(BaselineTargets.ReferenceSutAllForms)], []), Is.False);

    [Test]
    public void BaselineTable_HasARowPerTarget_WithItsResult()
    {
        var rows = report.BaselineTable([GreenBaseline, GreenSecondClient with { Failed = ["Get: one", "Set: one"] }, Skipped(BaselineTargets.ReferenceSutAllForms)]).ToList();

        Assert.That(rows, Has.Count.EqualTo(5));
        Assert.That(rows[2], Does.StartWith("| baseline |").And.EndWith("| 136 | passed, no false failure |"));
        Assert.That(rows[3], Does.StartWith("| baseline-second-client |").And.EndWith("| 136 | FAILED 2: ACS-GET-001, ACS-SET-001 |"));
        Assert.That(rows[4], Does.StartWith("| baseline-all-forms |").And.Contain("| - | skipped: no SutForms |"));
    }

    [Test]
    public void Baseline_AFailingTarget_NamesTheTargetAndEveryFailedScenario()
    {
        var line = DetectionReport.Baseline(GreenSecondClient with { Failed = ["Get: one"] });

        Assert.That(line, Does.StartWith("Baseline baseline-second-client (the second client").And.Contain("1 of 136 scenarios FAILED").And.EndWith("  Get: one"));
    }

    [Test]
    public void Summary_CountsSkippedBaselinesApart()
    {
        var summary = DetectionReport.Summary([GreenBaseline, Skipped(BaselineTargets.ReferenceSutAllForms)], [Caught(DefectCatalogue.WsaToMissing)], TimeSpan.FromSeconds(10));

        Assert.That(summary, Does.Contain("baselines 1 of 1 green, 1 skipped: every defect caught, no false failure"));
    }

    [Test]
    public void Table_ASecondClientDefect_IsNamedAndDescribedAsTheClients()
    {
        var run = new SuiteRun(null, 137, [], TimeSpan.FromSeconds(9), null) { ClientDefect = SecondClient.Defects.ClientDefects.FirstReasonOnly };

        var row = report.Table([run]).Last();

        Assert.That(row, Is.EqualTo($"| S03-FIRST-REASON-ONLY | (second client) {SecondClient.Defects.ClientDefects.FirstReasonOnly.Description} | 0 | NOT CAUGHT |"));
    }

    private static SuiteRun Skipped(BaselineTarget target) => new(null, 0, [], TimeSpan.Zero, null) { Target = target, Skipped = "skipped: no SutForms" };

    private static SuiteRun Caught(Defect defect) => Run(defect, ["Get: one", "Set: one"]);

    private static SuiteRun Run(Defect defect, IReadOnlyList<string> failed) => new(defect, 136, failed, TimeSpan.FromSeconds(6), null);
}
